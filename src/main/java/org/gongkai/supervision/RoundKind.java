package org.gongkai.supervision;

/** Kinds of inspection round: the monthly theme check (专项检查) and the quarterly cross check (交叉检查). */
public enum RoundKind {
    MONTHLY_THEME,
    QUARTERLY_CROSS
}
