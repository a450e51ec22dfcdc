package org.gongkai.supervision;

import java.time.LocalDate;

/**
 * A problem found in a unit, by the self-inspection (rule {@code code}) or by an inspector in a round
 * ({@code roundId} set): open while {@code resolvedOn} is null.
 */
public record Finding(
        long id,
        String code,
        String unitCode,
        String subject,
        Severity severity,
        String message,
        String evidence,
        Long roundId,
        LocalDate detectedOn,
        LocalDate lastSeenOn,
        LocalDate resolvedOn) {

    public boolean open() {
        return resolvedOn == null;
    }

    /** The key under which the self-inspection recognises the same problem again. */
    String key() {
        return code + "|" + unitCode + "|" + subject;
    }
}
