package org.gongkai.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's assessment of a government's units: each unit's score is the base minus its deductions plus its
 * bonuses, exactly; {@code rank} 1 is the best (equal scores share a rank).
 */
public record Assessment(
        String governmentCode,
        int year,
        BigDecimal baseScore,
        boolean published,
        LocalDate publishedOn,
        List<Indicator> indicators,
        List<UnitScore> units) {

    /** One deduction or bonus: the indicator's code, the points, and why. */
    public record Line(String indicator, BigDecimal points, String reason) {}

    public record UnitScore(
            String unitCode, String unitName, BigDecimal score, int rank, List<Line> deductions, List<Line> bonuses) {

        /** Points of one indicator for this unit (deduction or bonus), zero when none. */
        public BigDecimal pointsOf(String indicator) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Line l : deductions) {
                sum = l.indicator().equals(indicator) ? sum.add(l.points()) : sum;
            }
            for (Line l : bonuses) {
                sum = l.indicator().equals(indicator) ? sum.add(l.points()) : sum;
            }
            return sum;
        }
    }

    /** The assessment restricted to these units (a unit handler's view); ranks stay those of the whole. */
    public Assessment onlyFor(java.util.Set<String> unitCodes) {
        return new Assessment(
                governmentCode,
                year,
                baseScore,
                published,
                publishedOn,
                indicators,
                units.stream().filter(u -> unitCodes.contains(u.unitCode())).toList());
    }
}
