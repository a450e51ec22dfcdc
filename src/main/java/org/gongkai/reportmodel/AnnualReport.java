package org.gongkai.reportmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One 政府信息公开工作年度报告 in the shape of {@code shared/contracts/annual-report-json.md}: metadata, the
 * three tables (each {@code null} when absent), the cells the reader inferred and the failed checks.
 */
public final class AnnualReport {

    private String source;
    private String unit;
    private Integer year;
    private Template template;
    private LocalDate published;
    private LocalDate posted;
    private Grid proactive;
    private Grid requests;
    private Grid reviews;
    private final List<String> inferred = new ArrayList<>();
    private final List<String> uncertain = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    public String source() {
        return source;
    }

    public AnnualReport source(String v) {
        source = v;
        return this;
    }

    public String unit() {
        return unit;
    }

    public AnnualReport unit(String v) {
        unit = v;
        return this;
    }

    public Integer year() {
        return year;
    }

    public AnnualReport year(Integer v) {
        year = v;
        return this;
    }

    public Template template() {
        return template;
    }

    public AnnualReport template(Template v) {
        template = v;
        return this;
    }

    public LocalDate published() {
        return published;
    }

    public AnnualReport published(LocalDate v) {
        published = v;
        return this;
    }

    /** The date a portal page shows the report was put online, when it differs from the signed date. */
    public LocalDate posted() {
        return posted;
    }

    public AnnualReport posted(LocalDate v) {
        posted = v;
        return this;
    }

    public Grid proactive() {
        return proactive;
    }

    public AnnualReport proactive(Grid v) {
        proactive = v;
        return this;
    }

    public Grid requests() {
        return requests;
    }

    public AnnualReport requests(Grid v) {
        requests = v;
        return this;
    }

    public Grid reviews() {
        return reviews;
    }

    public AnnualReport reviews(Grid v) {
        reviews = v;
        return this;
    }

    /** The table with JSON key {@code name} (proactive, requests, reviews), or null. */
    public Grid table(String name) {
        return switch (name) {
            case Layouts.PROACTIVE -> proactive;
            case Layouts.REQUESTS -> requests;
            case Layouts.REVIEWS -> reviews;
            default -> throw new IllegalArgumentException("no table " + name);
        };
    }

    /** Mutable list of inferred cell paths such as {@code requests.granted.natural_person}. */
    public List<String> inferred() {
        return inferred;
    }

    /**
     * Mutable list of paths of cells read with low confidence (OCR, a run of digits that splits more than one
     * way). Such a cell is unknown (JSON {@code null}, skipped by the sums) unless it is also inferred.
     */
    public List<String> uncertain() {
        return uncertain;
    }

    /** Whether the cell at {@code path} is unknown: uncertain and not settled by the sums. */
    public boolean unknown(String path) {
        return !uncertain.isEmpty() && uncertain.contains(path) && !inferred.contains(path);
    }

    /** Mutable list of numbers the text states about the tables. */
    public List<Statement> statements() {
        return statements;
    }

    /** Mutable list of findings. */
    public List<Finding> findings() {
        return findings;
    }

    /** Whether a finding with this code is present. */
    public boolean hasFinding(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** An empty report whose three tables have the shape of {@code t}, all cells zero. */
    public static AnnualReport blank(Template t) {
        return new AnnualReport()
                .template(t)
                .proactive(new Grid(Layouts.proactive(t)))
                .requests(new Grid(Layouts.requests(t)))
                .reviews(new Grid(Layouts.reviews()));
    }
}
