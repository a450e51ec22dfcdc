package org.gongkai.reportreading;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportmodel.Statement;
import org.gongkai.reportmodel.Template;

/**
 * Reads a published 政府信息公开工作年度报告 (txt, md, html, docx, pdf) into the contract model and audits it.
 * Thread-safe and without state: one instance serves any number of reports.
 */
public final class AnnualReportReader {

    /**
     * Reads one file; the source is named by its file name. Pictures a saved web page keeps beside it (its
     * "_files" folder) are read where the page shows them.
     */
    public AnnualReport read(Path file) throws IOException, UnreadableReportException {
        return reading(file).report();
    }

    /** Reads one file as {@link #read(Path)} does, keeping its running text. */
    public Reading reading(Path file) throws IOException, UnreadableReportException {
        String name = file.getFileName().toString();
        if (Files.size(file) > DocumentLoader.LIMITS.maxBytes()) {
            throw new UploadRefusedException(
                    UploadRefusedException.Reason.TOO_LARGE, name, DocumentLoader.LIMITS.maxBytesInMb());
        }
        return reading(DocumentLoader.load(Files.readAllBytes(file), name, EmbeddedImages.besides(file)), name);
    }

    /** Reads a report from its bytes; {@code name} (a file name) is recorded as the source. */
    public AnnualReport read(byte[] content, String name) throws UnreadableReportException {
        SourceDocument doc = DocumentLoader.load(content, name);
        return read(doc, name);
    }

    /** The format a report's content is read as: text, html, docx, pdf or image (unreadable: unknown). */
    public String format(byte[] content, String name) {
        try {
            return DocumentLoader.detect(content, name).name().toLowerCase(java.util.Locale.ROOT);
        } catch (UnreadableReportException e) {
            return "unknown";
        }
    }

    /** Pages of a PDF or an image report (a TIFF's frames), 0 for text, HTML and Word: for pages-a-second rates. */
    public int pages(byte[] content) {
        return DocumentLoader.pages(content);
    }

    /** Reads a report from already extracted text (lines as in a .txt file). */
    public AnnualReport readText(String text, String name) {
        return read(DocumentLoader.text(text), name);
    }

    /** A report as read together with its running text (the report without its tables), for text audits. */
    public record Reading(AnnualReport report, String text) {}

    /** Reads a report from its bytes, keeping its running text. */
    public Reading reading(byte[] content, String name) throws UnreadableReportException {
        return reading(DocumentLoader.load(content, name), name);
    }

    AnnualReport read(SourceDocument doc, String name) {
        return reading(doc, name).report();
    }

    /** Sentinel values for illegible cells: no report prints them. */
    private static final long MARK = 987_650_000L;

    Reading reading(SourceDocument doc, String name) {
        Clean clean = readClean(doc, name);
        Reading r = clean.reading();
        java.util.Set<String> illegible = doc.illegible().isEmpty() ? java.util.Set.of() : illegible(doc, name);
        boolean unruled = doc.scanned() && doc.lines().stream().noneMatch(l -> l.size() > 1);
        if (doc.scanned()) {
            distrustFailingSums(r.report(), illegible, clean.printedReviewRows(), clean.reviewsWhole());
        }
        if (unruled) {
            unruled(r.report());
        } else if (clean.proactiveUnruled() && r.report().table("proactive") != null) {
            Grid g = r.report().table("proactive");
            for (String row : g.rowKeys()) {
                g.columns(row).forEach(c -> r.report().uncertain().add("proactive." + row + "." + c));
            }
        }
        r.report().uncertain().addAll(illegible); // null unless the sums settled it
        List<String> uncertain = r.report().uncertain();
        if (uncertain.size() > 1) {
            List<String> once = new ArrayList<>(new java.util.LinkedHashSet<>(uncertain)); // two rules may name a cell
            uncertain.clear();
            uncertain.addAll(once);
        }
        if (unruled || clean.proactiveUnruled() || !illegible.isEmpty()) {
            ReportChecks.audit(r.report()); // the checks again, over the cells now uncertain
        }
        return r;
    }

    /** The table cells the illegible source cells became: the document read once more with a distinct mark in each. */
    private java.util.Set<String> illegible(SourceDocument doc, String name) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < doc.illegible().size(); i++) {
            marks.add(Long.toString(MARK + i));
        }
        AnnualReport marked = readClean(doc.marked(marks), name).reading().report();
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid g = marked.table(t);
            if (g == null) {
                continue;
            }
            for (String row : g.rowKeys()) {
                for (String c : g.columns(row)) {
                    long v = g.get(row, c).longValue();
                    if (v >= MARK && v < MARK + marks.size()) {
                        out.add(t + "." + row + "." + c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A recognised (OCR) table whose sums fail may hold a misread cell anywhere in the failing sum: every cell of
     * a failing row, column or balance becomes uncertain (null) unless the sums filled it, so that nothing
     * misread is reported as certain. A row of table 四 is the exception when every one of its cells was read, and
     * not contradicted by the second model ({@link OcrExtractor}), none of them blank: its five printed cells stand in
     * fixed places, so a sum that fails there is the printed one (reported as printed, with its finding).
     */
    private static void distrustFailingSums(
            AnnualReport r,
            java.util.Set<String> illegible,
            java.util.Set<String> printedReviewRows,
            boolean reviewsWhole) {
        java.util.Set<String> cells = new java.util.LinkedHashSet<>();
        if (!reviewsWhole) {
            // a blank of a row not read whole may be a cell the scan lost, not one printed blank: nothing to fill
            List<String> filled =
                    r.inferred().stream().filter(p -> p.startsWith("reviews.")).toList();
            r.inferred().removeAll(filled);
            cells.addAll(filled);
        }
        for (Finding f : r.findings()) {
            String[] p = f.where().split("\\.");
            if (p.length != 3 || !f.tables()) {
                continue;
            }
            Grid g = r.table(p[0]);
            if (g == null
                    || f.code().equals(Finding.REVIEW_SUM) && allRead(g, p[0], p[1], illegible, printedReviewRows)) {
                continue;
            }
            for (String row : g.rowKeys()) {
                if (!p[1].equals("*") && !p[1].equals(row)) {
                    continue;
                }
                if (f.code().equals(Finding.BALANCE)
                        && !List.of("new_received", "carried_over", "total", "carried_forward")
                                .contains(row)) {
                    continue;
                }
                if (f.code().equals(Finding.COLUMN_SUM)
                        && (row.equals("new_received")
                                || row.equals("carried_over")
                                || row.equals("carried_forward"))) {
                    continue;
                }
                for (String c : g.columns(row)) {
                    if (p[2].equals("*") || p[2].equals(c)) {
                        cells.add(p[0] + "." + row + "." + c);
                    }
                }
            }
        }
        r.inferred().removeAll(cells); // a fill that leaves a sum failing settles nothing
        r.uncertain().addAll(cells);
        unverified(r, illegible, printedReviewRows, reviewsWhole);
        ReportChecks.audit(r);
    }

    /**
     * Known cells of a recognised table that no holding, fully known sum vouches for become uncertain too. A row of
     * table 四 read as zeros holds its sum whatever was printed: it vouches only when the table was placed from all
     * the numbers of its rows.
     */
    private static void unverified(
            AnnualReport r,
            java.util.Set<String> illegible,
            java.util.Set<String> printedReviewRows,
            boolean reviewsWhole) {
        Grid q = r.requests();
        if (q != null) {
            List<String> keys = q.rowKeys();
            SumSolver s = RequestsTableReader.constraints(q.layout());
            long[] v = new long[keys.size() * 7];
            boolean[] unknown = new boolean[v.length];
            for (int i = 0; i < keys.size(); i++) {
                for (int c = 0; c < 7; c++) {
                    String col = org.gongkai.reportmodel.Layouts.APPLICANT_COLUMNS.get(c);
                    v[i * 7 + c] = q.count(keys.get(i), col);
                    unknown[i * 7 + c] = r.unknown("requests." + keys.get(i) + "." + col);
                }
            }
            boolean[] vouched = new boolean[v.length];
            for (int k = 0; k < s.size(); k++) {
                int[] cells = s.cellsOf(k);
                boolean known = true;
                for (int c : cells) {
                    known &= !unknown[c];
                }
                if (known && s.holds(k, v)) {
                    for (int c : cells) {
                        vouched[c] = true;
                    }
                }
            }
            for (int i = 0; i < v.length; i++) {
                if (!unknown[i] && !vouched[i]) {
                    r.uncertain()
                            .add("requests." + keys.get(i / 7) + "."
                                    + org.gongkai.reportmodel.Layouts.APPLICANT_COLUMNS.get(i % 7));
                }
            }
        }
        Grid g = r.reviews();
        if (g != null) {
            for (String row : g.rowKeys()) {
                long sum = 0;
                boolean known = true;
                for (String c : org.gongkai.reportmodel.Layouts.REVIEW_COLUMNS) {
                    known &= !r.unknown("reviews." + row + "." + c);
                    sum += c.equals("total") ? -g.count(row, c) : g.count(row, c);
                }
                boolean holds = sum == 0 && (reviewsWhole || g.count(row, "total") != 0);
                if (!(known && (holds || allRead(g, "reviews", row, illegible, printedReviewRows)))) {
                    for (String c : org.gongkai.reportmodel.Layouts.REVIEW_COLUMNS) {
                        if (!r.unknown("reviews." + row + "." + c)) {
                            r.uncertain().add("reviews." + row + "." + c);
                        }
                    }
                }
            }
        }
    }

    /**
     * A scan whose tables have no ruling lines (printed as spaced text): recognition may run two numbers together
     * or drop the space between them, and a row read as zeros holds its sum whatever was printed. Only cells that a
     * holding sum of a non-zero total vouches for stay certain; table 二, which has no sums, is all uncertain.
     */
    private static void unruled(AnnualReport r) {
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid g = r.table(t);
            if (g == null) {
                continue;
            }
            for (String row : g.rowKeys()) {
                boolean vouched = !t.equals("proactive")
                        && g.layout().columns(row).contains("total")
                        && g.count(row, "total") != 0
                        && !r.unknown(t + "." + row + ".total");
                if (!vouched) {
                    g.columns(row).forEach(c -> r.uncertain().add(t + "." + row + "." + c));
                }
            }
        }
    }

    /** Every cell of the row was printed and read (none blank, none illegible). */
    private static boolean allRead(
            Grid g, String table, String row, java.util.Set<String> illegible, java.util.Set<String> printed) {
        if (!g.layout().hasRow(row) || !printed.contains(row)) {
            return false;
        }
        for (String c : g.columns(row)) {
            if (illegible.contains(table + "." + row + "." + c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reading, the rows of table 四 whose cells were all printed, and whether table 四 was placed from all the
     * numbers of its rows.
     */
    /**
     * @param proactiveUnruled table 二 was read from a scan's text lines, none of them ruled cells: no second
     *                         reading checked its figures and no sum ties them (a minus sign lost reads as plus)
     */
    private record Clean(
            Reading reading, java.util.Set<String> printedReviewRows, boolean reviewsWhole, boolean proactiveUnruled) {}

    private Clean readClean(SourceDocument doc, String name) {
        List<String> lines = doc.plainLines();
        MetadataReader.Meta meta = MetadataReader.read(lines);
        AnnualReport r = new AnnualReport()
                .source(name)
                .unit(meta.unit())
                .year(meta.year())
                .published(meta.published())
                .posted(meta.posted());
        List<Sections.Heading> headings = Sections.headings(lines);
        Template byYear = meta.year() == null ? null : Template.forYear(meta.year());

        ProactiveTableReader.Result pro = null;
        boolean proactiveUnruled = false;
        for (int[] region : regions(headings, Sections.Kind.PROACTIVE, lines.size())) {
            ProactiveTableReader.Result p =
                    ProactiveTableReader.read(Tokenizer.tokens(doc, region[0], region[1]), byYear, doc.scanned());
            if (p != null) {
                pro = p;
                proactiveUnruled = doc.scanned()
                        && doc.lines().subList(region[0], region[1]).stream().noneMatch(l -> l.size() > 1);
                break;
            }
        }
        Template fallback = pro != null && pro.template() != null ? pro.template() : byYear;
        RequestsTableReader.Result req = null;
        // rows read from a scan's ruled cells, each label whole in its cell (not a scan's text lines)
        boolean ruledScan = doc.scanned() && doc.lines().stream().anyMatch(l -> l.size() > 1);
        List<int[]> reqRegions = regions(headings, Sections.Kind.REQUESTS, lines.size());
        for (int[] region : reqRegions) {
            RequestsTableReader.Result q =
                    RequestsTableReader.read(Tokenizer.tokens(doc, region[0], region[1]), fallback, ruledScan);
            if (q != null && (req == null || q.rows() > req.rows())) {
                req = q;
            }
        }
        if (req == null && reqRegions.isEmpty()) {
            RequestsTableReader.Result q =
                    RequestsTableReader.read(Tokenizer.tokens(doc, 0, lines.size()), fallback, ruledScan);
            if (q != null && q.rows() >= 10) {
                req = q;
            }
        }
        ReviewsTableReader.Result rev = null;
        for (int[] region : regions(headings, Sections.Kind.REVIEWS, lines.size())) {
            ReviewsTableReader.Result v = ReviewsTableReader.read(Tokenizer.tokens(doc, region[0], region[1]));
            if (v != null) {
                rev = v;
                break;
            }
        }
        Template template = req != null && req.template() != null
                ? req.template()
                : pro != null && pro.template() != null ? pro.template() : null;
        if (template == null && (req != null || pro != null || rev != null)) {
            template = byYear;
        }
        r.template(template);
        if (pro != null) {
            r.proactive(pro.grid());
            if (doc.scanned()) {
                unfound(r, pro);
            }
        }
        if (req != null) {
            r.requests(req.grid());
            r.inferred().addAll(req.inferred());
        }
        if (rev != null) {
            r.reviews(rev.grid());
            r.inferred().addAll(rev.inferred());
        }
        String text = narrative(lines, headings);
        r.statements().addAll(ReportText.statements(text, template));
        if (pro != null) {
            settleAmbiguous(r, pro);
        }
        ReportChecks.audit(r);
        r.findings().addAll(ReportText.checks(text, template));
        return new Clean(
                new Reading(r, text),
                rev == null || !rev.whole() ? java.util.Set.of() : rev.printed(),
                rev == null || rev.whole(),
                proactiveUnruled);
    }

    /**
     * Rows of table 二 whose digits ran together and split more than one way: a split that the text's own
     * statement picks out is taken; otherwise the cells stay unknown ({@code uncertain}, JSON null) with an
     * {@code ambiguous_cells} finding.
     */
    private static void settleAmbiguous(AnnualReport r, ProactiveTableReader.Result pro) {
        Grid g = pro.grid();
        for (Map.Entry<String, List<long[]>> e : pro.ambiguous().entrySet()) {
            String row = e.getKey();
            List<String> cols = g.columns(row);
            List<long[]> left = new ArrayList<>(e.getValue());
            for (Statement st : r.statements()) {
                for (int c = 0; c < cols.size(); c++) {
                    if (st.where().equals("proactive." + row + "." + cols.get(c))) {
                        int col = c;
                        left.removeIf(v -> BigDecimal.valueOf(v[col]).compareTo(st.value()) != 0);
                    }
                }
            }
            if (left.size() == 1) {
                for (int c = 0; c < cols.size(); c++) {
                    g.set(row, cols.get(c), left.get(0)[c]);
                }
                continue;
            }
            List<String> paths = new ArrayList<>();
            for (String c : cols) {
                paths.add("proactive." + row + "." + c);
            }
            r.uncertain().addAll(paths);
            StringBuilder ways = new StringBuilder();
            for (long[] v : e.getValue().subList(0, Math.min(4, e.getValue().size()))) {
                ways.append(ways.isEmpty() ? "" : "、").append(Arrays.toString(v).replace(", ", "|"));
            }
            r.findings()
                    .add(new Finding(
                            Finding.AMBIGUOUS_CELLS,
                            String.join(",", paths),
                            "连写的数字可拆分为" + e.getValue().size() + "种读法（" + ways + "），报告中没有依据确定，单元格留空"));
        }
    }

    /**
     * Rows of a recognised table 二 that were not found (a label misread beyond recognition), and cells of rows
     * that had fewer numbers than cells (a number read as a character): left 0 in the grid, they are unknown, not
     * zeros. Table 二 has no sums to vouch for any of its rows.
     */
    private static void unfound(AnnualReport r, ProactiveTableReader.Result pro) {
        for (String cell : pro.short_()) {
            r.uncertain().add("proactive." + cell); // a row with fewer numbers read than it has cells
        }
        Grid g = pro.grid();
        for (String row : g.rowKeys()) {
            if (!pro.found().contains(row)) {
                for (String c : g.columns(row)) {
                    r.uncertain().add("proactive." + row + "." + c);
                }
            }
        }
    }

    /** The report without its tables: every line outside the table regions, one line each. */
    private static String narrative(List<String> lines, List<Sections.Heading> headings) {
        boolean[] table = new boolean[lines.size()];
        for (Sections.Kind k : List.of(Sections.Kind.PROACTIVE, Sections.Kind.REQUESTS, Sections.Kind.REVIEWS)) {
            for (int[] region : regions(headings, k, lines.size())) {
                for (int i = region[0]; i < region[1]; i++) {
                    table[i] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (!table[i]) {
                sb.append(Sections.squeeze(lines.get(i))).append('\n');
            }
        }
        return sb.toString();
    }

    /** Line ranges after each heading of {@code kind}, up to the next heading of another kind. */
    private static List<int[]> regions(List<Sections.Heading> headings, Sections.Kind kind, int lines) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Sections.Heading h = headings.get(i);
            if (h.kind() != kind) {
                continue;
            }
            int end = lines;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).kind() != kind) {
                    end = headings.get(j).line();
                    break;
                }
            }
            out.add(new int[] {h.line() + 1, end});
        }
        return out;
    }
}
