package org.gongkai.voice;

import java.math.BigDecimal;

/**
 * A unit's year as the 12345 hotline and the government service website (政务服务网) counted it: calls taken,
 * satisfaction in percent, service items offered online and matters handled online.
 */
public record ServiceFigures(
        String unitCode,
        int year,
        long hotlineCalls,
        BigDecimal hotlineSatisfaction,
        long itemsOnline,
        long handledOnline) {}
