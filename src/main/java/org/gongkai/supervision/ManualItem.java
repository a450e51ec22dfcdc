package org.gongkai.supervision;

import java.math.BigDecimal;

/** Points the office gives or takes by hand under a manual indicator, with its reason. */
public record ManualItem(
        long id, String unitCode, String indicatorCode, BigDecimal points, String reason, String recordedBy) {}
