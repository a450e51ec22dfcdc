package org.gongkai.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a handler is shown when replying about the applicant's other applications: the ones whose requested content
 * is nearly the same, and how many the applicant made each month. Only suggestions: whether an application is a
 * 重复申请 (art. 36 (6)) or one of 大量反复申请 (art. 35) is the handler's decision.
 */
public record ApplicantHints(
        List<Similar> similar,
        Map<YearMonth, Integer> perMonth,
        boolean suggestDuplicate,
        boolean suggestMassRepeated) {

    /** Bigram similarity from which another application counts as nearly the same. */
    public static final double SIMILAR = 0.5;

    /** Applications in one month from which their number suggests 大量反复申请. */
    public static final int MANY_PER_MONTH = 10;

    /** Months back from the application that the monthly counts cover. */
    public static final int MONTHS = 12;

    /** Another application of the same applicant and how alike its requested content is (0–100 %). */
    public record Similar(RequestSummary other, int percent) {}

    /**
     * The hints for the application {@code self} among {@code all} (the same applicant's applications, itself
     * included): similar ones, and counts per month of receipt over the {@link #MONTHS} months up to {@code today}.
     */
    public static ApplicantHints of(long self, String description, LocalDate today, List<RequestSummary> all) {
        List<RequestSummary> others = all.stream().filter(o -> o.id() != self).toList();
        List<Similar> similar = others.stream()
                .map(o -> new Similar(o, (int) Math.floor(100 * TextSimilarity.of(description, o.description()))))
                .filter(s -> s.percent() >= 100 * SIMILAR)
                .sorted(Comparator.comparingInt(Similar::percent)
                        .reversed()
                        .thenComparing(s -> -s.other().id()))
                .toList();
        LocalDate from = YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
        Map<YearMonth, Integer> perMonth = new TreeMap<>(Comparator.reverseOrder());
        for (RequestSummary o : all) {
            if (o.receiptDate() != null
                    && !o.receiptDate().isBefore(from)
                    && !o.receiptDate().isAfter(today)) {
                perMonth.merge(YearMonth.from(o.receiptDate()), 1, Integer::sum);
            }
        }
        boolean many = perMonth.values().stream().anyMatch(n -> n >= MANY_PER_MONTH);
        return new ApplicantHints(similar, perMonth, !similar.isEmpty(), many);
    }
}
