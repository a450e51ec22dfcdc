package org.gongkai.catalog.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gongkai.platform.errors.InvalidInputException;
import org.springframework.context.MessageSource;

/** Field name → Chinese message, for showing errors next to form fields. */
final class FieldErrors {

    private FieldErrors() {}

    static Map<String, String> of(InvalidInputException e, MessageSource messages) {
        Map<String, String> out = new LinkedHashMap<>();
        for (InvalidInputException.FieldProblem f : e.fields()) {
            out.putIfAbsent(
                    f.field(),
                    messages.getMessage(f.messageCode(), f.args(), f.messageCode(), Locale.SIMPLIFIED_CHINESE));
        }
        return out;
    }
}
