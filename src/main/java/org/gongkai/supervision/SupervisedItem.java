package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;

/** A 督办 item: assigned units, milestones with due dates, and the units' progress reports. */
public record SupervisedItem(
        long id,
        String governmentCode,
        ItemCategory category,
        String title,
        String description,
        boolean published,
        List<String> unitCodes,
        List<Milestone> milestones,
        List<Progress> progress) {

    public record Milestone(long id, String title, LocalDate dueOn, LocalDate doneOn) {

        public boolean overdue(LocalDate today) {
            return doneOn == null && dueOn.isBefore(today);
        }
    }

    public record Progress(String unitCode, LocalDate reportedOn, String text, String reportedBy) {}

    /** Overdue while any milestone is past its date and not done. */
    public boolean overdue(LocalDate today) {
        return milestones.stream().anyMatch(m -> m.overdue(today));
    }

    public boolean done() {
        return !milestones.isEmpty() && milestones.stream().allMatch(m -> m.doneOn() != null);
    }
}
