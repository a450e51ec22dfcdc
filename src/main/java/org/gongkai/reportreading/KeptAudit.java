package org.gongkai.reportreading;

import java.util.List;

/**
 * An audit of many reports as kept for its owner: what the page shows (the ranking with each report's findings,
 * the files not read) and the two downloads.
 */
public record KeptAudit(Page page, byte[] xlsx, byte[] html) {

    /** What the console page shows. */
    public record Page(List<Row> ranking, long withFindings, List<Unread> failures) {}

    /** One report of the ranking. */
    public record Row(String source, String unit, Integer year, List<Problem> findings) {}

    /** One finding: its code (named in Chinese by the page) and message. */
    public record Problem(String code, String message) {}

    /** A file not read, and why. */
    public record Unread(String file, String reason) {}

    /** The audit's page and downloads, the HTML summary listing the {@code top} reports. */
    public static KeptAudit of(ReportAudit.Result r, int top) {
        List<Row> rows = r.ranking().stream()
                .map(a -> new Row(
                        a.source(),
                        a.unit(),
                        a.year(),
                        a.findings().stream()
                                .map(f -> new Problem(f.code(), f.message()))
                                .toList()))
                .toList();
        List<Unread> failures =
                r.failures().stream().map(f -> new Unread(f.file(), f.reason())).toList();
        return new KeptAudit(new Page(rows, r.withFindings(), failures), AuditOutput.xlsx(r), AuditOutput.html(r, top));
    }
}
