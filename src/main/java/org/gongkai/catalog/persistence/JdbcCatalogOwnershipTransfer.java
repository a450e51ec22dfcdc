package org.gongkai.catalog.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalog.CatalogOwnershipTransfer;
import org.gongkai.catalog.ItemStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCatalogOwnershipTransfer implements CatalogOwnershipTransfer {

    private static final Set<String> UNPUBLISHED = Set.of(ItemStatus.DRAFT.name(), ItemStatus.PENDING_REVIEW.name());

    private final NamedParameterJdbcTemplate named;

    JdbcCatalogOwnershipTransfer(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    @Override
    public int move(String fromUnit, String intoUnit) {
        MapSqlParameterSource p = new MapSqlParameterSource("into", intoUnit)
                .addValue("from", fromUnit)
                .addValue("unpublished", UNPUBLISHED);
        return named.update(
                        "update catalog_item set unit_code = :into where unit_code = :from and status in (:unpublished)",
                        p)
                + named.update("update standard_catalog_entry set unit_code = :into where unit_code = :from", p);
    }

    @Override
    public List<Long> unpublishedItems(String unit) {
        return named.queryForList(
                "select id from catalog_item where unit_code = :unit and status in (:unpublished) order by id",
                new MapSqlParameterSource("unit", unit).addValue("unpublished", UNPUBLISHED),
                Long.class);
    }

    @Override
    public List<Long> entries(String unit) {
        return named.queryForList(
                "select id from standard_catalog_entry where unit_code = :unit order by id",
                new MapSqlParameterSource("unit", unit),
                Long.class);
    }

    @Override
    public int moveSome(String fromUnit, Collection<Long> itemIds, Collection<Long> entryIds, String intoUnit) {
        MapSqlParameterSource p = new MapSqlParameterSource("into", intoUnit)
                .addValue("from", fromUnit)
                .addValue("unpublished", UNPUBLISHED)
                .addValue("items", itemIds.isEmpty() ? List.of(-1L) : itemIds)
                .addValue("entries", entryIds.isEmpty() ? List.of(-1L) : entryIds);
        return named.update(
                        "update catalog_item set unit_code = :into where unit_code = :from and status in (:unpublished)"
                                + " and id in (:items)",
                        p)
                + named.update(
                        "update standard_catalog_entry set unit_code = :into where unit_code = :from and id in (:entries)",
                        p);
    }

    @Override
    public int reassignUnpublished(String author, String colleague) {
        return named.update(
                "update catalog_item set author = :to where author = :from and status in (:unpublished)",
                new MapSqlParameterSource("to", colleague)
                        .addValue("from", author)
                        .addValue("unpublished", UNPUBLISHED));
    }

    @Override
    public Map<String, Long> pendingReviewByUnit(Set<String> units, String notBy) {
        Map<String, Long> out = new LinkedHashMap<>();
        named.query(
                "select unit_code, count(*) n from catalog_item where unit_code in (:units) and status = :pending"
                        + " and author <> :notBy group by unit_code order by unit_code",
                new MapSqlParameterSource("units", units.isEmpty() ? Set.of("") : units)
                        .addValue("pending", ItemStatus.PENDING_REVIEW.name())
                        .addValue("notBy", notBy),
                rs -> {
                    out.put(rs.getString("unit_code"), rs.getLong("n"));
                });
        return out;
    }
}
