package org.gongkai.platform.errors;

import java.util.List;

/** Input that fails validation; names each field (400). Nothing was changed. */
public class InvalidInputException extends ProblemException {

    /** One invalid field: its path (e.g. {@code applicant.idNumber}), a message code and arguments. */
    public record FieldProblem(String field, String messageCode, Object... args) {}

    private final transient List<FieldProblem> fields;

    public InvalidInputException(List<FieldProblem> fields) {
        super("error.invalid-input");
        this.fields = List.copyOf(fields);
    }

    public static InvalidInputException of(String field, String messageCode, Object... args) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageCode, args)));
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    @Override
    public String type() {
        return "invalid-input";
    }
}
