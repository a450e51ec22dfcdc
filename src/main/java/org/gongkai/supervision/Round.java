package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;

/** An inspection round planned by the disclosure office, with its checklist. */
public record Round(
        long id,
        String governmentCode,
        RoundKind kind,
        String theme,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> checklist,
        String plannedBy) {}
