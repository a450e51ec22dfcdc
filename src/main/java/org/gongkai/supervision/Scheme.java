package org.gongkai.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A government's assessment scheme for a year; frozen (with the computed result) once published. */
public record Scheme(
        long id,
        String governmentCode,
        int year,
        BigDecimal baseScore,
        List<Indicator> indicators,
        LocalDate publishedOn,
        String publishedBy,
        String frozenJson) {

    public boolean published() {
        return publishedOn != null;
    }
}
