package org.gongkai.requests.web;

import java.util.Arrays;
import java.util.Optional;
import org.gongkai.requests.RequestStep;

/** The steps' names in the API ({@code correction-received} for the corrected application; others as recorded). */
final class ApiSteps {

    private ApiSteps() {}

    static String name(RequestStep step) {
        return step == RequestStep.RECORD_CORRECTION ? "correction-received" : step.action();
    }

    static Optional<RequestStep> fromName(String name) {
        return Arrays.stream(RequestStep.values())
                .filter(s -> name(s).equals(name) || s.action().equals(name))
                .findFirst();
    }
}
