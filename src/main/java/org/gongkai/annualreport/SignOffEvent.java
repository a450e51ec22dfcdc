package org.gongkai.annualreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded step of a report's sign-off: who took which step, when (the instant, and the date it counts on,
 * e.g. a publication date), from which state to which, and why. A publication after a reopening is a
 * {@code correction}: the report keeps its first publication date and says when and why it was corrected.
 */
public record SignOffEvent(
        SignOffStep step,
        String actor,
        Instant at,
        LocalDate onDate,
        ReportStatus from,
        ReportStatus to,
        String reason,
        boolean correction) {}
