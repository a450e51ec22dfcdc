package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;

/** A training session, guidance visit or accountability case: when, which units, how many people, on what. */
public record Activity(
        long id,
        String governmentCode,
        ActivityKind kind,
        LocalDate heldOn,
        String topic,
        List<String> unitCodes,
        int attendees,
        String recordedBy) {}
