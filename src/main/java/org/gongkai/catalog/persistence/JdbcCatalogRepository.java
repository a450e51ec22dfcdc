package org.gongkai.catalog.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.catalog.Attachment;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogItemEvent;
import org.gongkai.catalog.CatalogRepository;
import org.gongkai.catalog.ColumnCount;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.IndexNumber;
import org.gongkai.catalog.InterpretationForm;
import org.gongkai.catalog.ItemContent;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.ItemStatus;
import org.gongkai.catalog.Page;
import org.gongkai.catalog.Validity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCatalogRepository implements CatalogRepository {

    static final String COLUMNS = "i.id, i.unit_code, i.title, i.doc_number, i.doc_type, i.written_on, i.published_on, "
            + "i.article20_item, i.catalog_column, i.disclosure_mode, i.withheld_reason, i.status, i.author, "
            + "i.reviewer, i.reviewed_at, i.review_note, i.index_number, i.validity, i.validity_changed_on, "
            + "i.repealed_by, i.body, i.topics, i.standard_entry_id, i.interpretation_form, i.withdrawn_reason";
    /** Published proactively; binds {@link #PUBLIC_ARGS} (status, mode) in this order. */
    static final String PUBLIC = "i.status = ? and i.disclosure_mode = ?";

    static final List<Object> PUBLIC_ARGS = List.of(ItemStatus.PUBLISHED.name(), DisclosureMode.PROACTIVE.name());
    private static final int BATCH = 500;
    private static final String[] NEED_INTERPRETATION = {
        DocumentType.REGULATION.name(), DocumentType.NORMATIVE.name(), DocumentType.POLICY.name()
    };

    /** {@link #PUBLIC_ARGS} followed by the query's own arguments. */
    private static List<Object> publicArgs(Object... more) {
        List<Object> args = new ArrayList<>(PUBLIC_ARGS);
        args.addAll(java.util.Arrays.asList(more));
        return args;
    }

    private final JdbcClient jdbc;

    JdbcCatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CatalogItem insert(CatalogItem item) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        ItemContent c = item.content();
        jdbc.sql("""
                insert into catalog_item (unit_code, title, doc_number, doc_type, written_on, article20_item,
                    catalog_column, disclosure_mode, withheld_reason, status, author, body, topics, standard_entry_id,
                    interpretation_form)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.unitCode(),
                        c.title(),
                        c.docNumber(),
                        c.docType().name(),
                        c.writtenOn(),
                        c.article20Item(),
                        c.column(),
                        c.mode().name(),
                        c.withheldReason(),
                        item.status().name(),
                        item.author(),
                        c.body(),
                        c.topics(),
                        c.standardEntryId(),
                        name(c.interpretationForm()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        appendHistory(id, item.drainEvents());
        return find(id).orElseThrow();
    }

    @Override
    public void update(CatalogItem item) {
        ItemContent c = item.content();
        jdbc.sql("""
                update catalog_item set title = ?, doc_number = ?, doc_type = ?, written_on = ?, published_on = ?,
                    article20_item = ?, catalog_column = ?, disclosure_mode = ?, withheld_reason = ?, status = ?,
                    reviewer = ?, reviewed_at = ?, review_note = ?, index_number = ?, validity = ?,
                    validity_changed_on = ?, repealed_by = ?, body = ?, topics = ?, standard_entry_id = ?,
                    interpretation_form = ?, withdrawn_reason = ?, updated_at = now()
                where id = ?""")
                .params(
                        c.title(),
                        c.docNumber(),
                        c.docType().name(),
                        c.writtenOn(),
                        item.publishedOn(),
                        c.article20Item(),
                        c.column(),
                        c.mode().name(),
                        c.withheldReason(),
                        item.status().name(),
                        item.reviewer(),
                        item.reviewedAt() == null ? null : Timestamp.from(item.reviewedAt()),
                        item.reviewNote(),
                        item.indexNumber() == null ? null : item.indexNumber().toString(),
                        name(item.validity()),
                        item.validityChangedOn(),
                        item.repealedBy(),
                        c.body(),
                        c.topics(),
                        c.standardEntryId(),
                        name(c.interpretationForm()),
                        item.withdrawnReason(),
                        item.id())
                .update();
        appendHistory(item.id(), item.drainEvents());
    }

    @Override
    public long insertImported(CatalogItem item) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        ItemContent c = item.content();
        jdbc.sql("""
                insert into catalog_item (unit_code, title, doc_number, doc_type, written_on, published_on,
                    article20_item, catalog_column, disclosure_mode, withheld_reason, status, author, reviewer,
                    reviewed_at, index_number, validity, validity_changed_on, repealed_by, body, topics,
                    standard_entry_id, interpretation_form)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.unitCode(),
                        c.title(),
                        c.docNumber(),
                        c.docType().name(),
                        c.writtenOn(),
                        item.publishedOn(),
                        c.article20Item(),
                        c.column(),
                        c.mode().name(),
                        c.withheldReason(),
                        item.status().name(),
                        item.author(),
                        item.reviewer(),
                        Timestamp.from(item.reviewedAt()),
                        item.indexNumber().toString(),
                        name(item.validity()),
                        item.validityChangedOn(),
                        item.repealedBy(),
                        c.body(),
                        c.topics(),
                        c.standardEntryId(),
                        name(c.interpretationForm()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        appendHistory(id, item.drainEvents());
        return id;
    }

    @Override
    public void reserveSerial(String unitCode, int year, int serial) {
        jdbc.sql("""
                insert into catalog_index_sequence (unit_code, year, last_serial) values (?, ?, ?)
                on conflict (unit_code, year)
                do update set last_serial = greatest(catalog_index_sequence.last_serial, excluded.last_serial)""").params(unitCode, year, serial).update();
    }

    @Override
    public java.util.Set<String> existingIndexNumbers(Collection<String> indexNumbers) {
        if (indexNumbers.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select index_number from catalog_item where index_number = any(?)")
                .param(indexNumbers.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    private void appendHistory(long itemId, List<CatalogItemEvent> events) {
        for (CatalogItemEvent e : events) {
            jdbc.sql("insert into catalog_item_event (item_id, at, actor, action, from_status, to_status, reason, "
                            + "detail) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            itemId,
                            Timestamp.from(e.at()),
                            e.actor(),
                            e.action(),
                            name(e.from()),
                            name(e.to()),
                            e.reason(),
                            e.detail())
                    .update();
        }
    }

    @Override
    public List<CatalogItemEvent> history(long itemId) {
        return jdbc.sql("select * from catalog_item_event where item_id = ? order by id")
                .param(itemId)
                .query((rs, n) -> new CatalogItemEvent(
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getString("reason"),
                        rs.getString("detail")))
                .list();
    }

    private static ItemStatus status(String name) {
        return name == null ? null : ItemStatus.valueOf(name);
    }

    @Override
    public Optional<CatalogItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from catalog_item i where i.id = ?")
                .param(id)
                .query(JdbcCatalogRepository::map)
                .optional();
    }

    @Override
    public Optional<CatalogItem> findByIndexNumber(String indexNumber) {
        return jdbc.sql("select " + COLUMNS + " from catalog_item i where i.index_number = ?")
                .param(indexNumber)
                .query(JdbcCatalogRepository::map)
                .optional();
    }

    @Override
    public int nextSerial(String unitCode, int year) {
        return jdbc.sql("""
                insert into catalog_index_sequence (unit_code, year, last_serial) values (?, ?, 1)
                on conflict (unit_code, year) do update set last_serial = catalog_index_sequence.last_serial + 1
                returning last_serial""").params(unitCode, year).query(Integer.class).single();
    }

    @Override
    public Page<CatalogItem> list(ItemFilter f) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (f.unitCodes() != null) {
            if (f.unitCodes().isEmpty()) {
                return new Page<>(List.of(), 0, f.page(), f.size());
            }
            where.append(" and i.unit_code = any(?)");
            args.add(f.unitCodes().toArray(String[]::new));
        }
        if (f.publicOnly()) {
            where.append(" and ").append(PUBLIC);
            args.addAll(PUBLIC_ARGS);
        }
        add(
                where,
                args,
                " and i.status = ?",
                f.status() == null ? null : f.status().name());
        add(where, args, " and i.article20_item = ?", f.article20Item());
        add(where, args, " and i.catalog_column = ?", f.column());
        add(
                where,
                args,
                " and i.doc_type = ?",
                f.type() == null ? null : f.type().name());
        add(
                where,
                args,
                " and i.validity = ?",
                f.validity() == null ? null : f.validity().name());
        if (f.year() != null) {
            where.append(" and i.published_on >= ? and i.published_on < ?");
            args.add(LocalDate.of(f.year(), 1, 1));
            args.add(LocalDate.of(f.year() + 1, 1, 1));
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(f.size());
        pageArgs.add((long) f.page() * f.size());
        long[] total = {-1};
        List<CatalogItem> rows = jdbc.sql("select " + COLUMNS + ", count(*) over () as total from catalog_item i"
                        + where + " order by i.published_on desc nulls first, i.id desc limit ? offset ?")
                .params(pageArgs)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return map(rs, n);
                })
                .list();
        if (total[0] < 0) {
            total[0] = f.page() == 0
                    ? 0
                    : jdbc.sql("select count(*) from catalog_item i" + where)
                            .params(args)
                            .query(Long.class)
                            .single();
        }
        return new Page<>(rows, total[0], f.page(), f.size());
    }

    private static void add(StringBuilder where, List<Object> args, String clause, Object value) {
        if (value != null) {
            where.append(clause);
            args.add(value);
        }
    }

    @Override
    public void link(long documentId, long interpretationId) {
        jdbc.sql("insert into catalog_interpretation_link (document_id, interpretation_id) values (?, ?) "
                        + "on conflict do nothing")
                .params(documentId, interpretationId)
                .update();
    }

    @Override
    public List<CatalogItem> interpretationsOf(long documentId) {
        return jdbc.sql("select " + COLUMNS + " from catalog_item i join catalog_interpretation_link l "
                        + "on l.interpretation_id = i.id where l.document_id = ? order by i.id")
                .param(documentId)
                .query(JdbcCatalogRepository::map)
                .list();
    }

    @Override
    public List<CatalogItem> documentsExplainedBy(long interpretationId) {
        return jdbc.sql("select " + COLUMNS + " from catalog_item i join catalog_interpretation_link l "
                        + "on l.document_id = i.id where l.interpretation_id = ? order by i.id")
                .param(interpretationId)
                .query(JdbcCatalogRepository::map)
                .list();
    }

    @Override
    public List<CatalogItem> lackingInterpretation(Collection<String> unitCodes, int limit) {
        return jdbc.sql("select " + COLUMNS + " from catalog_item i where " + PUBLIC
                        + " and i.doc_type = any(?) and i.unit_code = any(?)"
                        + " and not exists (select 1 from catalog_interpretation_link l where l.document_id = i.id)"
                        + " order by i.published_on desc, i.id desc limit ?")
                .params(publicArgs(NEED_INTERPRETATION, unitCodes.toArray(String[]::new), limit))
                .query(JdbcCatalogRepository::map)
                .list();
    }

    @Override
    public long addAttachment(Attachment a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into catalog_attachment (item_id, filename, media_type, size_bytes, content, extracted_text, "
                        + "uploaded_by, uploaded_at, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.itemId(),
                        a.filename(),
                        a.mediaType(),
                        a.sizeBytes(),
                        a.content(),
                        a.extractedText(),
                        a.uploadedBy(),
                        Timestamp.from(a.uploadedAt()),
                        a.description())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public List<Attachment> attachments(long itemId) {
        return jdbc.sql(
                        "select id, item_id, filename, media_type, size_bytes, extracted_text, uploaded_by, uploaded_at,"
                                + " description"
                                + " from catalog_attachment where item_id = ? order by id")
                .param(itemId)
                .query((rs, n) -> attachment(rs, null))
                .list();
    }

    @Override
    public Optional<Attachment> attachment(long attachmentId) {
        return jdbc.sql("select * from catalog_attachment where id = ?")
                .param(attachmentId)
                .query((rs, n) -> attachment(rs, rs.getBytes("content")))
                .optional();
    }

    private static Attachment attachment(ResultSet rs, byte[] content) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getLong("item_id"),
                rs.getString("filename"),
                rs.getString("media_type"),
                rs.getInt("size_bytes"),
                content,
                rs.getString("extracted_text"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("description"));
    }

    @Override
    public void forEachPublic(Consumer<CatalogItem> consumer) {
        long after = 0;
        while (true) {
            List<CatalogItem> batch = jdbc.sql("select " + COLUMNS + " from catalog_item i where " + PUBLIC
                            + " and i.id > ? order by i.id limit ?")
                    .params(publicArgs(after, BATCH))
                    .query(JdbcCatalogRepository::map)
                    .list();
            batch.forEach(consumer);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    @Override
    public long countPublic() {
        return jdbc.sql("select count(*) from catalog_item i where " + PUBLIC)
                .params(PUBLIC_ARGS)
                .query(Long.class)
                .single();
    }

    @Override
    public List<ColumnCount> publicColumns(String unitCode) {
        return jdbc.sql("select i.catalog_column as k, count(*) as n from catalog_item i where " + PUBLIC
                        + " and (cast(? as varchar) is null or i.unit_code = ?) group by i.catalog_column "
                        + "order by n desc, k")
                .params(publicArgs(unitCode, unitCode))
                .query((rs, r) -> new ColumnCount(rs.getString("k"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<ColumnCount> publicUnits() {
        return jdbc.sql("select i.unit_code as k, count(*) as n from catalog_item i where " + PUBLIC
                        + " group by i.unit_code order by i.unit_code")
                .params(PUBLIC_ARGS)
                .query((rs, r) -> new ColumnCount(rs.getString("k"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<ColumnCount> publicArticle20Items() {
        return jdbc.sql("select cast(i.article20_item as varchar) as k, count(*) as n from catalog_item i where "
                        + PUBLIC + " group by i.article20_item order by i.article20_item")
                .params(PUBLIC_ARGS)
                .query((rs, r) -> new ColumnCount(rs.getString("k"), rs.getLong("n")))
                .list();
    }

    static CatalogItem map(ResultSet rs, int row) throws SQLException {
        long standard = rs.getLong("standard_entry_id");
        Long standardId = rs.wasNull() ? null : standard;
        ItemContent content = new ItemContent(
                rs.getString("unit_code"),
                rs.getString("title"),
                rs.getString("doc_number"),
                DocumentType.valueOf(rs.getString("doc_type")),
                date(rs, "written_on"),
                rs.getInt("article20_item"),
                rs.getString("catalog_column"),
                DisclosureMode.valueOf(rs.getString("disclosure_mode")),
                rs.getString("withheld_reason"),
                rs.getString("body"),
                rs.getString("topics"),
                standardId,
                enumOrNull(InterpretationForm.class, rs.getString("interpretation_form")));
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        return CatalogItem.restore(
                rs.getLong("id"),
                content,
                ItemStatus.valueOf(rs.getString("status")),
                rs.getString("author"),
                rs.getString("reviewer"),
                reviewedAt == null ? null : reviewedAt.toInstant(),
                rs.getString("review_note"),
                IndexNumber.parse(rs.getString("index_number")).orElse(null),
                date(rs, "published_on"),
                enumOrNull(Validity.class, rs.getString("validity")),
                date(rs, "validity_changed_on"),
                rs.getString("repealed_by"),
                rs.getString("withdrawn_reason"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
