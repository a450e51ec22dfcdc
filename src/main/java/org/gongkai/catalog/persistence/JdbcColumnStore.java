package org.gongkai.catalog.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.catalog.CatalogColumn;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.ColumnStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcColumnStore implements ColumnStore {

    private final JdbcClient jdbc;

    JdbcColumnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CatalogColumn> all(String governmentCode) {
        return jdbc.sql("select * from catalog_column where government_code = ? order by sort_order, name")
                .param(governmentCode)
                .query(JdbcColumnStore::map)
                .list();
    }

    @Override
    public Optional<CatalogColumn> find(long id) {
        return jdbc.sql("select * from catalog_column where id = ?")
                .param(id)
                .query(JdbcColumnStore::map)
                .optional();
    }

    @Override
    public Optional<CatalogColumn> findByName(String governmentCode, String name) {
        return jdbc.sql("select * from catalog_column where government_code = ? and name = ?")
                .params(governmentCode, name)
                .query(JdbcColumnStore::map)
                .optional();
    }

    @Override
    public long insert(String governmentCode, Long parentId, String name, ColumnKind kind, String description) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into catalog_column (government_code, parent_id, name, kind, description, sort_order) "
                        + "values (?, ?, ?, ?, ?, (select coalesce(max(sort_order), 0) + 1 from catalog_column "
                        + "where government_code = ?))")
                .params(governmentCode, parentId, name, kind.name(), description, governmentCode)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public void update(CatalogColumn c) {
        jdbc.sql("update catalog_column set name = ?, parent_id = ?, active = ? where id = ?")
                .params(c.name(), c.parentId(), c.active(), c.id())
                .update();
    }

    @Override
    public List<Long> renameInItems(Set<String> unitCodes, String from, String to) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("update catalog_item set catalog_column = :to where catalog_column = :from"
                        + " and unit_code in (:units) returning id")
                .param("to", to)
                .param("from", from)
                .param("units", unitCodes)
                .query(Long.class)
                .list();
    }

    private static CatalogColumn map(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new CatalogColumn(
                rs.getLong("id"),
                rs.getString("government_code"),
                parentId,
                rs.getString("name"),
                ColumnKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }
}
