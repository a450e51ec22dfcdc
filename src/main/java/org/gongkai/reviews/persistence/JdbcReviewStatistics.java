package org.gongkai.reviews.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.reviews.ReviewCase;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStage;
import org.gongkai.reviews.ReviewStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Section 4 in one GROUP BY: status on 31 December is the decision if decided by then, else pending. */
@Repository
class JdbcReviewStatistics implements ReviewStatistics {

    private static final String STATUS =
            "case when decided_on is not null and decided_on <= :end then result " + "else 'PENDING' end";
    private final JdbcClient jdbc;

    JdbcReviewStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, long[][]> yearEndCounts(Collection<String> unitCodes, int year) {
        Map<String, long[][]> counts = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return counts;
        }
        jdbc.sql("select unit_code, stage, " + STATUS + " as status, count(*) as n from review_case "
                        + "where unit_code in (:units) and " + JdbcReviewRepository.COUNTS_IN_YEAR
                        + " group by 1, 2, 3")
                .param("units", unitCodes)
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query((rs, row) -> {
                    long[][] cells = counts.computeIfAbsent(
                            rs.getString("unit_code"),
                            u -> new long[ReviewStage.values().length][ReviewResult.values().length]);
                    cells[ReviewStage.valueOf(rs.getString("stage")).ordinal()][
                                    ReviewResult.valueOf(rs.getString("status")).ordinal()] +=
                            rs.getLong("n");
                    return null;
                })
                .list();
        return counts;
    }

    @Override
    public List<ReviewCase> casesIn(Collection<String> unitCodes, int year, ReviewStage stage, ReviewResult result) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + JdbcReviewRepository.COLUMNS + " from review_case where unit_code in (:units) and "
                        + JdbcReviewRepository.COUNTS_IN_YEAR + " and stage = :stage"
                        + (result == null ? "" : " and " + STATUS + " = :status") + " order by filed_on, id")
                .param("units", unitCodes)
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .param("stage", stage.name())
                .param("status", result == null ? "" : result.name())
                .query(JdbcReviewRepository::map)
                .list();
    }
}
