package org.gongkai.org.persistence;

import java.util.List;
import java.util.Optional;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUnitRepository implements UnitRepository {

    private static final String COLUMNS = "code, name, kind, parent_code, sort_order";
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
                insert into unit (code, name, kind, parent_code, sort_order) values (?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, kind = excluded.kind,
                    parent_code = excluded.parent_code, sort_order = excluded.sort_order""")
                .params(unit.code(), unit.name(), unit.kind().name(), unit.parentCode(), unit.sortOrder())
                .update();
    }

    private Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(
                rs.getString("code"),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"),
                rs.getInt("sort_order"));
    }
}
