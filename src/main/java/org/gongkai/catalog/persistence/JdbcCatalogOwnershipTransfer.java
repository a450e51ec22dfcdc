package org.gongkai.catalog.persistence;

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
}
