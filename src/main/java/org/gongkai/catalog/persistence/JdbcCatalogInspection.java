package org.gongkai.catalog.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.catalog.CatalogInspection;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.ItemStatus;
import org.gongkai.catalog.Validity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The self-inspection's questions to the catalogue, each one query over all the units asked about. */
@Repository
class JdbcCatalogInspection implements CatalogInspection {

    private static final String REF = "i.id, i.unit_code, i.title, i.written_on, i.published_on";
    private static final String PUBLIC =
            "i.status = :published and i.disclosure_mode = :proactive and i.unit_code in (:units)";
    private static final List<String> NEED_INTERPRETATION = List.of("REGULATION", "NORMATIVE", "POLICY");
    private final JdbcClient jdbc;

    JdbcCatalogInspection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private JdbcClient.StatementSpec sql(String sql, Collection<String> units) {
        return jdbc.sql(sql)
                .param("units", units.isEmpty() ? List.of("") : units)
                .param("published", ItemStatus.PUBLISHED.name())
                .param("proactive", DisclosureMode.PROACTIVE.name());
    }

    @Override
    public List<ColumnActivity> columns(Collection<String> units) {
        return sql(
                        "select i.unit_code, i.catalog_column, count(*) filter (where i.status = :published) n,"
                                + " max(i.published_on) filter (where i.status = :published) last"
                                + " from catalog_item i where i.unit_code in (:units)"
                                + " and i.disclosure_mode = :proactive group by 1, 2 order by 1, 2",
                        units)
                .query((rs, n) -> new ColumnActivity(
                        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4, java.time.LocalDate.class)))
                .list();
    }

    @Override
    public List<ItemRef> publishedAfter(Collection<String> units, int minDays) {
        return sql(
                        "select " + REF + " from catalog_item i where " + PUBLIC
                                + " and i.published_on - i.written_on >= :days order by i.id",
                        units)
                .param("days", minDays)
                .query(JdbcCatalogInspection::ref)
                .list();
    }

    @Override
    public List<Uninterpreted> withoutSynchronousInterpretation(Collection<String> units) {
        return sql(
                        "select " + REF + ", min(p.published_on) interpreted from catalog_item i"
                                + " left join catalog_interpretation_link l on l.document_id = i.id"
                                + " left join catalog_item p on p.id = l.interpretation_id and p.status = :published"
                                + " where " + PUBLIC + " and i.doc_type in (:types)"
                                + " and coalesce(i.validity, :valid) = :valid"
                                + " group by i.id having min(p.published_on) is null"
                                + " or min(p.published_on) > i.published_on order by i.id",
                        units)
                .param("types", NEED_INTERPRETATION)
                .param("valid", Validity.VALID.name())
                .query((rs, n) -> new Uninterpreted(ref(rs, n), rs.getObject("interpreted") != null))
                .list();
    }

    @Override
    public List<ItemText> withLongDigitRuns(Collection<String> units) {
        return sql(
                        "select " + REF + ", i.title || ' ' || i.body || ' ' || coalesce((select string_agg("
                                + "a.extracted_text, ' ') from catalog_attachment a where a.item_id = i.id), '') t"
                                + " from catalog_item i where " + PUBLIC + " and (i.body ~ '[0-9]{11}'"
                                + " or exists (select 1 from catalog_attachment a where a.item_id = i.id"
                                + " and a.extracted_text ~ '[0-9]{11}')) order by i.id",
                        units)
                .query((rs, n) -> new ItemText(ref(rs, n), rs.getString("t")))
                .list();
    }

    @Override
    public List<ItemRef> attachmentMissing(Collection<String> units) {
        return sql(
                        "select " + REF + " from catalog_item i where " + PUBLIC
                                + " and (i.body like '%见附件%' or i.body like '%详见附件%' or i.body like '%附件：%')"
                                + " and not exists (select 1 from catalog_attachment a where a.item_id = i.id)"
                                + " order by i.id",
                        units)
                .query(JdbcCatalogInspection::ref)
                .list();
    }

    @Override
    public List<EntryRef> entriesWithNothingPublished(Collection<String> units) {
        return sql(
                        "select e.id, e.unit_code, e.level1 || coalesce(' / ' || e.level2, '') t"
                                + " from standard_catalog_entry e where e.unit_code in (:units)"
                                + " and not exists (select 1 from catalog_item i where i.standard_entry_id = e.id"
                                + " and i.status = :published and i.disclosure_mode = :proactive) order by e.id",
                        units)
                .query((rs, n) -> new EntryRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Override
    public List<ItemText> bodiesContaining(Collection<String> units, String text) {
        return sql(
                        "select " + REF + ", i.body from catalog_item i where " + PUBLIC
                                + " and strpos(i.body, :text) > 0 order by i.id",
                        units)
                .param("text", text)
                .query((rs, n) -> new ItemText(ref(rs, n), rs.getString("body")))
                .list();
    }

    @Override
    public Set<String> publicIndexNumbers(Collection<String> indexNumbers) {
        if (indexNumbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select i.index_number from catalog_item i where i.index_number = any(:numbers)"
                        + " and i.status = :published and i.disclosure_mode = :proactive")
                .param("numbers", indexNumbers.toArray(String[]::new))
                .param("published", ItemStatus.PUBLISHED.name())
                .param("proactive", DisclosureMode.PROACTIVE.name())
                .query(String.class)
                .list());
    }

    @Override
    public Set<Long> servedAttachments(Collection<Long> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select a.id from catalog_attachment a join catalog_item i on i.id = a.item_id"
                        + " where a.id = any(:ids) and octet_length(a.content) > 0"
                        + " and octet_length(a.content) >= a.size_bytes"
                        + " and i.status = :published and i.disclosure_mode = :proactive")
                .param("ids", attachmentIds.toArray(Long[]::new))
                .param("published", ItemStatus.PUBLISHED.name())
                .param("proactive", DisclosureMode.PROACTIVE.name())
                .query(Long.class)
                .list());
    }

    @Override
    public List<AttachmentRef> attachmentsWithoutContent(Collection<String> units) {
        return sql(
                        "select " + REF + ", a.id attachment_id, a.filename from catalog_item i"
                                + " join catalog_attachment a on a.item_id = i.id where " + PUBLIC
                                + " and (octet_length(a.content) = 0 or octet_length(a.content) < a.size_bytes)"
                                + " order by i.id, a.id",
                        units)
                .query((rs, n) -> new AttachmentRef(ref(rs, n), rs.getLong("attachment_id"), rs.getString("filename")))
                .list();
    }

    private static ItemRef ref(ResultSet rs, int n) throws SQLException {
        return new ItemRef(
                rs.getLong("id"),
                rs.getString("unit_code"),
                rs.getString("title"),
                rs.getObject("written_on", java.time.LocalDate.class),
                rs.getObject("published_on", java.time.LocalDate.class));
    }
}
