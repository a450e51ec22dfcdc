package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One rule of the daily self-inspection, a named policy citing its basis: {@code code} names it (and its texts
 * {@code supervision.rule.<code>.name}, {@code .message} and the basis under {@link #basisKey()}), each
 * {@link Detection} is a finding for one unit about one subject (an item, a case, a column, a report).
 */
public interface SelfInspectionRule {

    /** What a rule looks at: the units and the day of the inspection. */
    record Scope(Set<String> units, LocalDate today) {}

    /**
     * One problem found: the unit, what it is about (unique within the rule and unit, so that the same problem
     * is recognised the next day), a link to the evidence, and the arguments of the rule's message.
     */
    record Detection(String unitCode, String subject, String evidence, List<Object> args) {

        public static Detection of(String unitCode, String subject, String evidence, Object... args) {
            return new Detection(unitCode, subject, evidence, List.of(args));
        }
    }

    String code();

    Severity severity();

    /** The bundle key of the rule's legal or normative basis. */
    default String basisKey() {
        return "supervision.rule." + code() + ".basis";
    }

    List<Detection> inspect(Scope scope);
}
