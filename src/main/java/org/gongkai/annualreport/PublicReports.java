package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportJson;
import org.springframework.stereotype.Service;

/**
 * Reports as the public sees them: the published snapshot when there is one (frozen, exactly as published),
 * otherwise the report computed now from the platform's data, with its findings and the platform's draft text.
 */
@Service
public class PublicReports {

    private final ReportRepository repo;
    private final AnnualReportCalculator calculator;
    private final ReportFindings checks;
    private final ReportDocuments documents;
    private final UnitDirectory units;
    private final SectionOneFigures figures;

    public PublicReports(
            ReportRepository repo,
            AnnualReportCalculator calculator,
            ReportFindings checks,
            ReportDocuments documents,
            UnitDirectory units,
            SectionOneFigures figures) {
        this.figures = figures;
        this.repo = repo;
        this.calculator = calculator;
        this.checks = checks;
        this.documents = documents;
        this.units = units;
    }

    /**
     * A report with its body HTML; {@code published} tells a frozen publication from a live computation, and
     * {@code corrections} lists each republication after a reopening (date and reason), oldest first.
     */
    public record Document(
            Unit unit, AnnualReport report, String bodyHtml, boolean published, List<Correction> corrections) {}

    /** The published report was corrected on this date, for this reason. */
    public record Correction(LocalDate on, String reason) {}

    public record Listed(Unit unit, int year) {}

    public Document document(String unitCode, int year) {
        Unit unit = units.require(unitCode);
        Optional<ReportRepository.Snapshot> snap =
                repo.currentSnapshot(unitCode, year, ReportRepository.SnapshotKind.PUBLISHED);
        if (snap.isPresent()) {
            return new Document(
                    unit, ReportJson.read(snap.get().json()), snap.get().html(), true, corrections(unitCode, year));
        }
        AnnualReportCalculator.Computation c = calculator.compute(unitCode, year);
        AnnualReport r = c.report();
        r.findings().addAll(checks.check(unitCode, r, c.total()));
        AnnualReport previous = checks.previous(unitCode, year).orElse(null);
        String body = documents.body(
                r,
                DraftWriter.overview(r, previous, figures.paragraphs(unitCode, year)),
                DraftWriter.problems(r),
                DraftWriter.otherMatters(r, c.total().fees()));
        return new Document(unit, r, body, false, List.of());
    }

    public Optional<Document> published(String unitCode, int year) {
        Unit unit = units.require(unitCode);
        return repo.currentSnapshot(unitCode, year, ReportRepository.SnapshotKind.PUBLISHED)
                .map(s -> new Document(unit, ReportJson.read(s.json()), s.html(), true, corrections(unitCode, year)));
    }

    public List<Listed> listPublished() {
        Map<String, Unit> byCode = new HashMap<>();
        units.all().forEach(u -> byCode.put(u.code(), u));
        return repo.publishedUnitYears().stream()
                .map(s -> new Listed(byCode.get(s.unitCode()), s.year()))
                .toList();
    }

    private List<Correction> corrections(String unitCode, int year) {
        return repo.history(unitCode, year).stream()
                .filter(SignOffEvent::correction)
                .map(e -> new Correction(e.onDate(), e.reason()))
                .toList();
    }

    public String xhtml(Document d) {
        return documents.wrap(documents.title(d.report()), d.bodyHtml());
    }
}
