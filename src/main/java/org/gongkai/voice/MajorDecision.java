package org.gongkai.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A major administrative decision (重大行政决策) in a year's catalogue (年度决策事项目录) and the stages it has passed,
 * in the order of {@link DecisionStage}.
 */
public record MajorDecision(Long id, String unitCode, int year, String title, String summary, List<Step> steps) {

    /** A stage passed on a date, with what happened and where it was published. */
    public record Step(DecisionStage stage, LocalDate on, String note, String link) {}

    public Optional<Step> step(DecisionStage stage) {
        return steps.stream().filter(s -> s.stage() == stage).findFirst();
    }
}
