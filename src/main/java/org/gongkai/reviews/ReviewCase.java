package org.gongkai.reviews;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * One reconsideration or lawsuit about a disclosure decision of {@code unitCode} (the original agency). When
 * the reconsideration body is co-defendant in a suit after reconsideration it is named in
 * {@code coDefendantUnitCode}, and the case still counts only for the original agency (ogi-rules §5).
 * {@code decision} is null while the case is undecided.
 */
public record ReviewCase(
        long id,
        String unitCode,
        ReviewStage stage,
        String requestRef,
        String caseNumber,
        String body,
        LocalDate filedOn,
        LocalDate decidedOn,
        ReviewResult decision,
        String coDefendantUnitCode,
        String summary,
        int version) {

    /** Counting rule for year Y: filed in Y, or filed earlier and still undecided on 1 January of Y. */
    public boolean countsIn(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return !filedOn.isAfter(end) && (!filedOn.isBefore(start) || decidedOn == null || !decidedOn.isBefore(start));
    }

    /** Status on 31 December of the year: the decision if decided by then, else pending. */
    public ReviewResult statusAtEndOf(int year) {
        return decidedOn != null && !decidedOn.isAfter(LocalDate.of(year, 12, 31)) ? decision : ReviewResult.PENDING;
    }

    /** The years whose annual report counts this case, up to {@code lastYear} for an undecided case. */
    public IntStream yearsCounted(int lastYear) {
        int to = decidedOn == null ? Math.max(lastYear, filedOn.getYear()) : decidedOn.getYear();
        return IntStream.rangeClosed(filedOn.getYear(), to).filter(this::countsIn);
    }
}
