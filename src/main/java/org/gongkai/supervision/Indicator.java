package org.gongkai.supervision;

import java.math.BigDecimal;

/**
 * One indicator of a year's scheme: {@code points} per occurrence (for {@link IndicatorSource#MANUAL}: the most one
 * manual item may carry), capped at {@code cap} per unit (null: no cap).
 */
public record Indicator(
        String code, String label, IndicatorKind kind, IndicatorSource source, BigDecimal points, BigDecimal cap) {}
