package org.gongkai.catalog.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.catalog.CatalogStatistics;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.InterpretationForm;
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

    @Override
    public List<InterpretationCount> interpretations(Collection<String> unitCodes, int year) {
        Map<String, Map<InterpretationForm, Long>> forms = new TreeMap<>();
        jdbc.sql("""
                select unit_code, interpretation_form, count(*) as n from catalog_item
                where status = :published and doc_type = :interpretation and unit_code = any(:units)
                  and published_on between :start and :end and interpretation_form is not null
                group by unit_code, interpretation_form""")
                .param("published", ItemStatus.PUBLISHED.name())
                .param("interpretation", DocumentType.INTERPRETATION.name())
                .param("units", codes(unitCodes))
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    forms.computeIfAbsent(rs.getString("unit_code"), u -> new EnumMap<>(InterpretationForm.class))
                            .put(InterpretationForm.valueOf(rs.getString("interpretation_form")), rs.getLong("n"));
                });
        Map<String, long[]> documents = new TreeMap<>();
        jdbc.sql("""
                select d.unit_code, count(*) as n,
                  count(*) filter (where exists (select 1 from catalog_interpretation_link l
                      join catalog_item i on i.id = l.interpretation_id
                      where l.document_id = d.id and i.status = :published)) as explained
                from catalog_item d
                where d.status = :published and d.doc_type = any(:types) and d.unit_code = any(:units)
                  and d.published_on between :start and :end
                group by d.unit_code""")
                .param("published", ItemStatus.PUBLISHED.name())
                .param("types", new String[] {
                    DocumentType.REGULATION.name(), DocumentType.NORMATIVE.name(), DocumentType.POLICY.name()
                })
                .param("units", codes(unitCodes))
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    documents.put(rs.getString("unit_code"), new long[] {rs.getLong("n"), rs.getLong("explained")});
                });
        Set<String> seen = new TreeSet<>(forms.keySet());
        seen.addAll(documents.keySet());
        List<InterpretationCount> out = new ArrayList<>();
        for (String unit : seen) {
            long[] d = documents.getOrDefault(unit, new long[2]);
            out.add(new InterpretationCount(unit, forms.getOrDefault(unit, Map.of()), d[0], d[1]));
        }
        return out;
    }

    private static String[] codes(Collection<String> unitCodes) {
        return unitCodes.toArray(String[]::new);
    }
}
