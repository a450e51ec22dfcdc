package org.gongkai.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What was wrong with a JSON body, named by the field's path (e.g. {@code applicant.type}). */
final class JsonProblems {

    private JsonProblems() {}

    /** The JSON exception behind an unreadable body, if it was one. */
    static Optional<JacksonException> jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    /** The field problem: unknown field, wrong type, or (no field) a syntax error. */
    static Optional<FieldProblem> field(JacksonException e) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException) {
            return Optional.of(new FieldProblem(path, "error.json.unknown-field"));
        }
        if (e instanceof MismatchedInputException m && !path.isEmpty()) {
            return Optional.of(new FieldProblem(
                    path, "error.json.type", new DefaultMessageSourceResolvable(typeCode(m.getTargetType()))));
        }
        return Optional.empty();
    }

    /** Line and column of a syntax error, when known. */
    static Optional<Object[]> syntaxLocation(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (e instanceof StreamReadException && at != null && at.getLineNr() > 0) {
            return Optional.of(new Object[] {at.getLineNr(), at.getColumnNr()});
        }
        return Optional.empty();
    }

    static String path(List<JacksonException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String typeCode(Class<?> type) {
        if (type == null) {
            return "error.json.type.object";
        }
        if (type == String.class || type == Character.class || type == char.class || type.isEnum()) {
            return "error.json.type.string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "error.json.type.boolean";
        }
        if (Number.class.isAssignableFrom(type)
                || type == BigDecimal.class
                || type == BigInteger.class
                || (type.isPrimitive() && type != void.class)) {
            return "error.json.type.number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "error.json.type.array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "error.json.type.object";
        }
        return "error.json.type.object";
    }
}
