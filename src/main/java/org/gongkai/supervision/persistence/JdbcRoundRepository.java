package org.gongkai.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.supervision.Finding;
import org.gongkai.supervision.Round;
import org.gongkai.supervision.RoundKind;
import org.gongkai.supervision.RoundRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRoundRepository implements RoundRepository {

    private static final String SELECT =
            "select id, government_code, kind, theme, starts_on, ends_on, checklist, planned_by from supervision_round";
    private final JdbcClient jdbc;

    JdbcRoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(Round r, Instant at) {
        return jdbc.sql("insert into supervision_round (government_code, kind, theme, starts_on, ends_on, checklist,"
                        + " planned_by, planned_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        r.governmentCode(),
                        r.kind().name(),
                        r.theme(),
                        r.startsOn(),
                        r.endsOn(),
                        String.join("\n", r.checklist()),
                        r.plannedBy(),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Round> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(JdbcRoundRepository::map)
                .optional();
    }

    @Override
    public List<Round> ofGovernment(String governmentCode) {
        return jdbc.sql(SELECT + " where government_code = ? order by starts_on desc, id desc")
                .param(governmentCode)
                .query(JdbcRoundRepository::map)
                .list();
    }

    @Override
    public List<Finding> findings(long roundId) {
        return jdbc.sql("select id, code, unit_code, subject, severity, message, evidence, round_id, detected_on,"
                        + " last_seen_on, resolved_on from supervision_finding where round_id = ? order by id")
                .param(roundId)
                .query(JdbcFindingRepository::map)
                .list();
    }

    private static Round map(ResultSet rs, int n) throws SQLException {
        return new Round(
                rs.getLong(1),
                rs.getString(2),
                RoundKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                List.of(rs.getString(7).split("\n")),
                rs.getString(8));
    }
}
