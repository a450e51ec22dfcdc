package org.gongkai.org.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.org.FormerName;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.gongkai.org.UnitSplit;
import org.gongkai.org.UnitsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUnitRepository implements UnitRepository {

    private static final String COLUMNS = "code, name, kind, parent_code, sort_order, active";
    private final JdbcClient jdbc;

    JdbcUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Unit> findAll() {
        return jdbc.sql("select " + COLUMNS + " from unit order by sort_order, code")
                .query(this::map)
                .list();
    }

    @Override
    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from unit where code = ?")
                .param(code)
                .query(this::map)
                .optional();
    }

    @Override
    public void save(Unit unit) {
        jdbc.sql("""
                insert into unit (code, name, kind, parent_code, sort_order, active) values (?, ?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, kind = excluded.kind,
                    parent_code = excluded.parent_code, sort_order = excluded.sort_order, active = excluded.active""")
                .params(
                        unit.code(),
                        unit.name(),
                        unit.kind().name(),
                        unit.parentCode(),
                        unit.sortOrder(),
                        unit.active())
                .update();
    }

    @Override
    public List<FormerName> formerNames(String code) {
        return jdbc.sql("select name, valid_until from unit_former_name where unit_code = ? order by valid_until, id")
                .param(code)
                .query((rs, i) ->
                        new FormerName(rs.getString("name"), rs.getObject("valid_until", java.time.LocalDate.class)))
                .list();
    }

    @Override
    public void addFormerName(String code, FormerName former) {
        jdbc.sql("insert into unit_former_name (unit_code, name, valid_until) values (?, ?, ?)")
                .params(code, former.name(), former.until())
                .update();
    }

    @Override
    public void recordMerge(UnitsMerged m) {
        jdbc.sql(
                        "insert into unit_merge (from_code, into_code, effective, decision, decided_by) values (?, ?, ?, ?, ?)")
                .params(m.fromCode(), m.intoCode(), m.effective(), m.decision(), m.by())
                .update();
    }

    @Override
    public void recordSplit(UnitSplit s) {
        long id = jdbc.sql("insert into unit_split (from_code, default_code, effective, decision, decided_by)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(s.fromCode(), s.defaultCode(), s.effective(), s.decision(), s.by())
                .query(Long.class)
                .single();
        for (String successor : s.successors()) {
            jdbc.sql("insert into unit_split_successor (split_id, unit_code) values (?, ?)")
                    .params(id, successor)
                    .update();
        }
        share(id, "CASE", s.cases());
        share(id, "ITEM", s.items());
        share(id, "ENTRY", s.entries());
    }

    private void share(long id, String kind, Map<String, String> shares) {
        shares.forEach((ref, unit) -> jdbc.sql(
                        "insert into unit_split_share (split_id, kind, ref, unit_code) values (?, ?, ?, ?)")
                .params(id, kind, ref, unit)
                .update());
    }

    private Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(
                rs.getString("code"),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"),
                rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }
}
