package org.gongkai.reviews.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.reviews.ReviewCase;
import org.gongkai.reviews.ReviewRepository;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReviewRepository implements ReviewRepository {

    static final String COLUMNS = "id, unit_code, stage, request_ref, case_number, body, filed_on, decided_on, "
            + "result, co_defendant_unit_code, summary, version";
    /** The counting rule of {@link ReviewCase#countsIn} in SQL; parameters :start and :end. */
    static final String COUNTS_IN_YEAR =
            "filed_on <= :end and (filed_on >= :start or decided_on is null " + "or decided_on >= :start)";

    private final JdbcClient jdbc;

    JdbcReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(ReviewCase c, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into review_case (unit_code, stage, request_ref, case_number, body, filed_on, decided_on,
                    result, co_defendant_unit_code, summary, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.unitCode(),
                        c.stage().name(),
                        c.requestRef(),
                        c.caseNumber(),
                        c.body(),
                        Date.valueOf(c.filedOn()),
                        sqlDate(c.decidedOn()),
                        c.decision() == null ? null : c.decision().name(),
                        c.coDefendantUnitCode(),
                        c.summary(),
                        actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public boolean update(ReviewCase c) {
        return jdbc.sql("""
                update review_case set unit_code = ?, stage = ?, request_ref = ?, case_number = ?, body = ?,
                    filed_on = ?, decided_on = ?, result = ?, co_defendant_unit_code = ?, summary = ?,
                    version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                        .params(
                                c.unitCode(),
                                c.stage().name(),
                                c.requestRef(),
                                c.caseNumber(),
                                c.body(),
                                Date.valueOf(c.filedOn()),
                                sqlDate(c.decidedOn()),
                                c.decision() == null ? null : c.decision().name(),
                                c.coDefendantUnitCode(),
                                c.summary(),
                                c.id(),
                                c.version())
                        .update()
                == 1;
    }

    @Override
    public Optional<ReviewCase> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from review_case where id = ?")
                .param(id)
                .query(JdbcReviewRepository::map)
                .optional();
    }

    @Override
    public List<ReviewCase> countedIn(Collection<String> unitCodes, int year) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from review_case where unit_code in (:units) and " + COUNTS_IN_YEAR
                        + " order by filed_on desc, id desc")
                .param("units", unitCodes)
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(JdbcReviewRepository::map)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from review_case").query(Long.class).single();
    }

    static ReviewCase map(ResultSet rs, int row) throws SQLException {
        Date decided = rs.getDate("decided_on");
        String result = rs.getString("result");
        return new ReviewCase(
                rs.getLong("id"),
                rs.getString("unit_code"),
                ReviewStage.valueOf(rs.getString("stage")),
                rs.getString("request_ref"),
                rs.getString("case_number"),
                rs.getString("body"),
                rs.getDate("filed_on").toLocalDate(),
                decided == null ? null : decided.toLocalDate(),
                result == null ? null : ReviewResult.valueOf(result),
                rs.getString("co_defendant_unit_code"),
                rs.getString("summary"),
                rs.getInt("version"));
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
