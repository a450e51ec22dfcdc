package org.gongkai.annualreport.web;

import java.nio.charset.StandardCharsets;
import org.gongkai.annualreport.PublicReports;
import org.gongkai.annualreport.RenderedReports;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.reportmodel.ReportJson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/annual-reports/{unitCode}/{year}}: the report as in annual-report-json.md (the published
 * one if published, else computed now from the platform's data, with findings); {@code ?format=html|docx|pdf}
 * for the rendered report in the national layout.
 */
@RestController
class AnnualReportApiController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final PublicReports reports;
    private final RenderedReports rendered;

    AnnualReportApiController(PublicReports reports, RenderedReports rendered) {
        this.reports = reports;
        this.rendered = rendered;
    }

    @GetMapping("/api/v1/annual-reports/{unitCode}/{year}")
    ResponseEntity<byte[]> report(
            @PathVariable String unitCode, @PathVariable int year, @RequestParam(defaultValue = "json") String format) {
        if (!java.util.List.of("json", "html", "docx", "pdf").contains(format)) {
            throw InvalidInputException.of("format", "annualreport.error.format", format);
        }
        String name = unitCode + "-" + year;
        return switch (format) {
            case "html" ->
                ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(rendered.render(unitCode, year, "html"));
            case "docx" -> file(rendered.render(unitCode, year, "docx"), DOCX, name + ".docx");
            case "pdf" -> file(rendered.render(unitCode, year, "pdf"), MediaType.APPLICATION_PDF, name + ".pdf");
            default ->
                ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(ReportJson.write(reports.document(unitCode, year).report())
                                .getBytes(StandardCharsets.UTF_8));
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
