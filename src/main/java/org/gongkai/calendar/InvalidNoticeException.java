package org.gongkai.calendar;

import java.util.List;

/** A holiday notice file that cannot be loaded; nothing was loaded. Names every problem found. */
public class InvalidNoticeException extends RuntimeException {

    private final transient List<NoticeProblem> problems;

    public InvalidNoticeException(List<NoticeProblem> problems) {
        super("invalid holiday notice: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<NoticeProblem> problems() {
        return problems;
    }
}
