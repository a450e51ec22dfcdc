package org.gongkai.catalog.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.gongkai.catalog.CatalogStatistics;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemStatus;
import org.gongkai.catalog.Validity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCatalogStatistics implements CatalogStatistics {

    private final JdbcClient jdbc;

    JdbcCatalogStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublishedCount> published(Collection<String> unitCodes, int year) {
        return jdbc.sql("""
                select unit_code, article20_item, catalog_column, doc_type, count(*) as n from catalog_item
                where status = ? and unit_code = any(?) and published_on >= ? and published_on < ?
                group by unit_code, article20_item, catalog_column, doc_type
                order by unit_code, article20_item, catalog_column, doc_type""")
                .params(
                        ItemStatus.PUBLISHED.name(),
                        codes(unitCodes),
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 1, 1, 1))
                .query((rs, r) -> new PublishedCount(
                        rs.getString("unit_code"),
                        rs.getInt("article20_item"),
                        rs.getString("catalog_column"),
                        DocumentType.valueOf(rs.getString("doc_type")),
                        rs.getLong("n")))
                .list();
    }

    @Override
    public NormativeRegister normativeDocuments(Collection<String> unitCodes, int year) {
        return new NormativeRegister(
                year,
                register(unitCodes, year, DocumentType.REGULATION),
                register(unitCodes, year, DocumentType.NORMATIVE));
    }

    private RegisterCounts register(Collection<String> unitCodes, int year, DocumentType type) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                select
                  count(*) filter (where written_on between :start and :end) as made,
                  count(*) filter (where published_on between :start and :end) as published,
                  count(*) filter (where published_on <= :end) as total_published,
                  count(*) filter (where validity = :repealed and validity_changed_on between :start and :end)
                      as repealed,
                  count(*) filter (where validity = :expired and validity_changed_on between :start and :end)
                      as expired,
                  count(*) filter (where published_on <= :end
                      and (validity = :valid or validity_changed_on > :end)) as in_force
                from catalog_item
                where status = :published and doc_type = :type and unit_code = any(:units)""")
                .param("repealed", Validity.REPEALED.name())
                .param("expired", Validity.EXPIRED.name())
                .param("valid", Validity.VALID.name())
                .param("published", ItemStatus.PUBLISHED.name())
                .param("start", start)
                .param("end", end)
                .param("type", type.name())
                .param("units", codes(unitCodes))
                .query((rs, r) -> new RegisterCounts(
                        rs.getLong("made"),
                        rs.getLong("published"),
                        rs.getLong("total_published"),
                        rs.getLong("repealed"),
                        rs.getLong("expired"),
                        rs.getLong("in_force")))
                .single();
    }

    private static String[] codes(Collection<String> unitCodes) {
        return unitCodes.toArray(String[]::new);
    }
}
