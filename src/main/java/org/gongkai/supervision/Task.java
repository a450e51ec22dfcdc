package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A rectification task (整改): a finding given to its unit with a deadline, answered and accepted or returned. */
public record Task(
        long id,
        long findingId,
        Long noticeId,
        String unitCode,
        String findingMessage,
        LocalDate assignedOn,
        LocalDate deadline,
        TaskStatus status,
        String answer,
        LocalDate answeredOn,
        String answeredBy,
        String fileName,
        LocalDate decidedOn,
        String decidedBy,
        String decisionNote,
        int version) {

    public boolean overdue(LocalDate today) {
        return TaskStatus.WITH_UNIT.contains(status) && deadline.isBefore(today);
    }

    /** The steps open now: the unit answers while the task is with it, the office decides an answer. */
    public Set<TaskStep> allowed() {
        return switch (status) {
            case OPEN, RETURNED -> EnumSet.of(TaskStep.ANSWER);
            case ANSWERED -> EnumSet.of(TaskStep.ACCEPT, TaskStep.RETURN);
            case ACCEPTED -> EnumSet.noneOf(TaskStep.class);
        };
    }
}
