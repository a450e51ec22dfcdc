package org.gongkai.supervision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.gongkai.org.Unit;

/**
 * The arithmetic of an assessment: per unit and indicator, occurrences × points capped at the indicator's cap (a
 * manual indicator: each item's points, the running total capped); the score is the base minus the deductions
 * plus the bonuses, so that every score is explained line by line.
 */
final class AssessmentCalculator {

    private AssessmentCalculator() {}

    /**
     * @param counts  per unit, occurrences per source
     * @param reasons the text of a computed line: (message key, arguments)
     */
    static Assessment compute(
            Scheme scheme,
            List<Unit> units,
            Map<String, Map<IndicatorSource, Long>> counts,
            List<ManualItem> manual,
            BiFunction<String, Object[], String> reasons) {
        List<Assessment.UnitScore> scored = new ArrayList<>();
        for (Unit u : units) {
            List<Assessment.Line> deductions = new ArrayList<>();
            List<Assessment.Line> bonuses = new ArrayList<>();
            for (Indicator i : scheme.indicators()) {
                List<Assessment.Line> lines = i.source() == IndicatorSource.MANUAL
                        ? manualLines(i, u.code(), manual)
                        : countedLine(i, counts.getOrDefault(u.code(), Map.of()).getOrDefault(i.source(), 0L), reasons);
                (i.kind() == IndicatorKind.DEDUCTION ? deductions : bonuses).addAll(lines);
            }
            BigDecimal score = scheme.baseScore().subtract(sum(deductions)).add(sum(bonuses));
            scored.add(new Assessment.UnitScore(u.code(), u.name(), score, 0, deductions, bonuses));
        }
        List<Assessment.UnitScore> ranked = new ArrayList<>();
        for (Assessment.UnitScore s : scored) {
            int rank = 1
                    + (int) scored.stream()
                            .filter(o -> o.score().compareTo(s.score()) > 0)
                            .count();
            ranked.add(
                    new Assessment.UnitScore(s.unitCode(), s.unitName(), s.score(), rank, s.deductions(), s.bonuses()));
        }
        ranked.sort(Comparator.comparingInt(Assessment.UnitScore::rank));
        return new Assessment(
                scheme.governmentCode(),
                scheme.year(),
                scheme.baseScore(),
                scheme.published(),
                scheme.publishedOn(),
                scheme.indicators(),
                ranked);
    }

    private static List<Assessment.Line> countedLine(
            Indicator i, long n, BiFunction<String, Object[], String> reasons) {
        if (n == 0 || i.points().signum() == 0) {
            return List.of();
        }
        BigDecimal points = i.points().multiply(BigDecimal.valueOf(n));
        boolean capped = i.cap() != null && points.compareTo(i.cap()) > 0;
        if (capped) {
            points = i.cap();
        }
        String reason = reasons.apply(
                "supervision.reason.counted",
                new Object[] {i.label(), n, plain(i.points()), capped ? 1 : 0, i.cap() == null ? "" : plain(i.cap())});
        return List.of(new Assessment.Line(i.code(), points, reason));
    }

    private static List<Assessment.Line> manualLines(Indicator i, String unit, List<ManualItem> manual) {
        List<Assessment.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ManualItem m : manual) {
            if (!m.unitCode().equals(unit) || !m.indicatorCode().equals(i.code())) {
                continue;
            }
            BigDecimal p = m.points();
            if (i.cap() != null && total.add(p).compareTo(i.cap()) > 0) {
                p = i.cap().subtract(total);
            }
            if (p.signum() > 0) {
                lines.add(new Assessment.Line(i.code(), p, m.reason()));
                total = total.add(p);
            }
        }
        return lines;
    }

    static BigDecimal sum(List<Assessment.Line> lines) {
        return lines.stream().map(Assessment.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
