package org.gongkai.search.cli;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.db.EmbeddedDatabase;
import org.gongkai.search.QueryPlan;
import org.gongkai.search.QueryText;
import org.gongkai.search.SearchDocument;
import org.postgresql.PGConnection;

/**
 * PostgreSQL as a PostgreSQL-only team would search: the items in a table of a scratch embedded PostgreSQL, with
 * {@code pg_trgm} GIN indexes on title and text ({@code pgtrgm}) or without them ({@code ilike}, a plain scan).
 * The query means the same as on the search engines — the same segmented words, each (or one of its full forms)
 * as a substring of the title or the text ({@code like}, or {@code ilike} for a word with Latin letters; both use
 * the trigram indexes), every part required, an index number matching its item, the filter —
 * ranked by how many words the title contains, then newest first; the total comes with the page
 * ({@code count(*) over ()}). No facets.
 */
final class TrigramBench implements BenchEngine {

    private final boolean trigram;
    private final Connection c;

    TrigramBench(Path dir, boolean trigram) throws Exception {
        this.trigram = trigram;
        this.c = EmbeddedDatabase.startScratch(dir).getConnection();
    }

    @Override
    public String name() {
        return trigram ? "pgtrgm" : "ilike";
    }

    @Override
    public String load(long items) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_item");
            // unlogged: loading writes no WAL; the table and its query plans are those of a logged table
            s.execute(
                    "create unlogged table bench_item (id bigint primary key, index_number text, title text, body text, "
                            + "unit_code text, year int, doc_type text, published date)");
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder batch = new StringBuilder();
        for (long id = 1; id <= items; id++) {
            SearchDocument d = BenchCorpus.item(id);
            String body = String.join(" ", d.docNumber(), d.topics(), d.column(), d.unitName()) + " " + d.text();
            batch.append(id)
                    .append('\t')
                    .append(d.indexNumber())
                    .append('\t')
                    .append(d.title())
                    .append('\t');
            batch.append(body)
                    .append('\t')
                    .append(d.unitCode())
                    .append('\t')
                    .append(d.published().getYear());
            batch.append('\t')
                    .append(d.docType())
                    .append('\t')
                    .append(d.published())
                    .append('\n');
            if (id % 20_000 == 0 || id == items) {
                copy.copyIn("copy bench_item from stdin", new StringReader(batch.toString()));
                batch.setLength(0);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'"); // index builds after the load, in memory
            if (trigram) {
                s.execute("create extension if not exists pg_trgm");
                s.execute("create index on bench_item using gin (title gin_trgm_ops)");
                s.execute("create index on bench_item using gin (body gin_trgm_ops)");
            }
            s.execute("create index on bench_item (unit_code)");
            s.execute("create index on bench_item (year)");
            s.execute("create index on bench_item (doc_type)");
            s.execute("create index on bench_item (index_number)");
            s.execute("analyze bench_item");
            s.execute("reset maintenance_work_mem");
        }
        return items + " items (COPY into an unlogged table; "
                + (trigram ? "GIN pg_trgm indexes on title and text, " : "")
                + "b-tree indexes on unit, year, type, index number; ANALYZE)";
    }

    @Override
    public Answer ask(Case q) throws Exception {
        QueryPlan plan = QueryPlan.of(QueryText.read(q.text()));
        StringBuilder where = new StringBuilder("true");
        StringBuilder score = new StringBuilder("0");
        List<Object> params = new ArrayList<>();
        List<Object> scoreParams = new ArrayList<>();
        for (QueryPlan.Part part : plan.parts()) {
            where.append(" and ((true");
            for (List<String> forms : part.forms()) {
                where.append(" and (false");
                score.append(" + (false");
                for (String f : forms) {
                    String op = caseless(f) ? "like" : "ilike";
                    where.append(" or title ")
                            .append(op)
                            .append(" ? or body ")
                            .append(op)
                            .append(" ?");
                    params.add(like(f));
                    params.add(like(f));
                    score.append(" or title ").append(op).append(" ?");
                    scoreParams.add(like(f));
                }
                where.append(')');
                score.append(")::int");
            }
            where.append(") or index_number = ?)");
            params.add(part.text());
        }
        if (q.unit() != null) {
            where.append(" and unit_code = ?");
            params.add(q.unit());
        } else if (q.year() != null) {
            where.append(" and year = ?");
            params.add(q.year());
        } else if (q.type() != null) {
            where.append(" and doc_type = ?");
            params.add(q.type());
        }
        String sql = "select id, count(*) over () from bench_item where " + where + " order by " + score
                + " desc, published desc limit 10";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            for (Object p : scoreParams) {
                ps.setObject(i++, p);
            }
            List<Long> top = new ArrayList<>();
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    top.add(rs.getLong(1));
                    total = rs.getLong(2);
                }
            }
            return new Answer(total, top);
        }
    }

    /** Chinese characters and digits have no case: {@code like} means the same as {@code ilike} and is cheaper. */
    private static boolean caseless(String s) {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.equals(s.toLowerCase(java.util.Locale.ROOT));
    }

    private static String like(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public void close() throws Exception {
        c.close();
    }
}
