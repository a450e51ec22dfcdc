package org.gongkai.calendar;

import java.util.List;

/**
 * One reason a holiday notice file cannot be loaded, as a message code of the calendar bundle and its arguments.
 *
 * @param field where in the file: {@code file}, {@code year}, {@code days}, {@code days[3].date}, ...
 */
public record NoticeProblem(String field, String messageCode, List<Object> args) {

    public static NoticeProblem of(String field, String messageCode, Object... args) {
        return new NoticeProblem(field, messageCode, List.of(args));
    }
}
