package org.gongkai.supervision.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.supervision.AssessmentRepository;
import org.gongkai.supervision.Indicator;
import org.gongkai.supervision.IndicatorKind;
import org.gongkai.supervision.IndicatorSource;
import org.gongkai.supervision.ManualItem;
import org.gongkai.supervision.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssessmentRepository implements AssessmentRepository {

    private final JdbcClient jdbc;

    JdbcAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Scheme> find(String governmentCode, int year) {
        return jdbc.sql("select id, government_code, year, base_score, published_on, published_by, frozen_json"
                        + " from supervision_assessment where government_code = ? and year = ?")
                .params(governmentCode, year)
                .query((rs, n) -> new Scheme(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4),
                        indicators(rs.getLong(1)),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .optional();
    }

    private List<Indicator> indicators(long id) {
        return jdbc.sql("select code, label, kind, source, points, cap from supervision_indicator"
                        + " where assessment_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Indicator(
                        rs.getString(1),
                        rs.getString(2),
                        IndicatorKind.valueOf(rs.getString(3)),
                        IndicatorSource.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    @Override
    public Scheme save(String governmentCode, int year, BigDecimal baseScore, List<Indicator> indicators) {
        long id = jdbc.sql("insert into supervision_assessment (government_code, year, base_score) values (?, ?, ?)"
                        + " on conflict (government_code, year) do update set base_score = excluded.base_score"
                        + " returning id")
                .params(governmentCode, year, baseScore)
                .query(Long.class)
                .single();
        jdbc.sql("delete from supervision_indicator where assessment_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator x = indicators.get(i);
            jdbc.sql("insert into supervision_indicator (assessment_id, code, label, kind, source, points, cap,"
                            + " position) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, x.code(), x.label(), x.kind().name(), x.source().name(), x.points(), x.cap(), i)
                    .update();
        }
        return find(governmentCode, year).orElseThrow();
    }

    @Override
    public List<ManualItem> manualItems(long schemeId) {
        return jdbc.sql("select id, unit_code, indicator_code, points, reason, recorded_by from supervision_manual_item"
                        + " where assessment_id = ? order by id")
                .param(schemeId)
                .query((rs, n) -> new ManualItem(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @Override
    public long addManualItem(long schemeId, ManualItem item, Instant at) {
        return jdbc.sql("insert into supervision_manual_item (assessment_id, unit_code, indicator_code, points, reason,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        schemeId,
                        item.unitCode(),
                        item.indicatorCode(),
                        item.points(),
                        item.reason(),
                        item.recordedBy(),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    @Override
    public void publish(long schemeId, LocalDate on, String by, String frozenJson) {
        jdbc.sql("update supervision_assessment set published_on = ?, published_by = ?, frozen_json = ? where id = ?")
                .params(on, by, frozenJson, schemeId)
                .update();
    }

    @Override
    public void reopen(long schemeId, String reason, String by, Instant at) {
        jdbc.sql("insert into supervision_reopening (assessment_id, reason, reopened_by, reopened_at)"
                        + " values (?, ?, ?, ?)")
                .params(schemeId, reason, by, Timestamp.from(at))
                .update();
        jdbc.sql("update supervision_assessment set published_on = null, published_by = null, frozen_json = null"
                        + " where id = ?")
                .param(schemeId)
                .update();
    }
}
