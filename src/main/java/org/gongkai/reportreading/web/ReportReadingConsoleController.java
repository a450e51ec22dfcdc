package org.gongkai.reportreading.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.web.FormFields;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportreading.ReadReports.StoredReport;
import org.gongkai.reportreading.ReportExport;
import org.gongkai.reportreading.ReportReadingService;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Console: upload published annual reports, see each table with inferred and failing cells highlighted,
 * compare units and years with charts, export cells and findings.
 */
@Controller
class ReportReadingConsoleController {

    private static final String BASE = "/console/report-reading";
    private final ReportReadingService service;
    private final MessageSource messages;

    ReportReadingConsoleController(ReportReadingService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String index(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute("mayUpload", p.member().mayChange());
        model.addAttribute("reports", service.recent());
        model.addAttribute("maxFiles", ReportReadingService.MAX_FILES);
        return "console/reportreading/index";
    }

    @PostMapping(BASE)
    String upload(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<String> errors = new ArrayList<>();
        List<ReportReadingService.Upload> uploads = new ArrayList<>();
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
            errors.add(messages.getMessage("reportreading.upload.none", null, locale));
        } else if (files.size() > ReportReadingService.MAX_FILES) {
            errors.add(messages.getMessage(
                    "reportreading.upload.tooMany", new Object[] {ReportReadingService.MAX_FILES}, locale));
        } else {
            for (MultipartFile f : files) {
                if (f.getSize() > ReportReadingService.MAX_BYTES) {
                    uploads.add(new ReportReadingService.Upload(f.getOriginalFilename(), new byte[0]));
                    errors.add(f.getOriginalFilename() + "："
                            + messages.getMessage("reportreading.upload.tooLarge", null, locale));
                    continue;
                }
                uploads.add(new ReportReadingService.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        List<ReportReadingService.Outcome> outcomes =
                uploads.isEmpty() ? List.of() : service.upload(p.member(), uploads);
        List<Long> ids = new ArrayList<>();
        for (ReportReadingService.Outcome o : outcomes) {
            if (o.ok()) {
                ids.add(o.id());
            } else if (!"reportreading.upload.tooLarge".equals(o.errorCode())
                            && !"reportreading.upload.empty".equals(o.errorCode())
                    || errors.isEmpty()) {
                errors.add(
                        o.args().length > 0
                                ? messages.getMessage(o.errorCode(), o.args(), locale)
                                : o.fileName() + "：" + messages.getMessage(o.errorCode(), null, locale)
                                        + (o.detail() == null || o.detail().isEmpty() ? "" : "（" + o.detail() + "）"));
            }
        }
        if (ids.isEmpty() && !errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // nothing was read: the page says why
        }
        model.addAttribute("errors", FormFields.one("files", errors));
        model.addAttribute("uploaded", service.find(ids));
        return index(p, model);
    }

    @GetMapping(BASE + "/{id}")
    String view(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        StoredReport s = service.find(id).orElseThrow(() -> new NotFoundException("reportreading.notFound"));
        model.addAttribute("mayDelete", ReportReadingService.mayDelete(p.member(), s));
        model.addAttribute("stored", s);
        model.addAttribute("report", s.report());
        model.addAttribute("tables", TableView.of(s.report()));
        return "console/reportreading/view";
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id) {
        service.delete(p.member(), id);
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/compare")
    String compare(@RequestParam(name = "ids", required = false) List<Long> ids, Model model, Locale locale) {
        List<StoredReport> chosen = service.find(ids == null ? List.of() : ids);
        List<StoredReport> sorted = new ArrayList<>(chosen);
        sorted.sort(java.util.Comparator.comparing(
                        (StoredReport s) -> String.valueOf(s.report().unit()))
                .thenComparing(s -> s.report().year() == null ? 0 : s.report().year()));
        List<AnnualReport> reports = sorted.stream().map(StoredReport::report).toList();
        List<AnnualReport> copies = new ArrayList<>();
        for (AnnualReport r : reports) {
            copies.add(org.gongkai.reportmodel.ReportJson.read(org.gongkai.reportmodel.ReportJson.write(r)));
        }
        copies.forEach(c -> c.findings().removeIf(f -> f.code().equals("carry_over_mismatch")));
        ReportChecks.checkSeries(copies);
        model.addAttribute("reports", sorted);
        model.addAttribute(
                "carry",
                copies.stream()
                        .flatMap(c -> c.findings().stream()
                                .filter(f -> f.code().equals("carry_over_mismatch"))
                                .map(f -> label(c) + "：" + f.message()))
                        .toList());
        model.addAttribute("ids", sorted.stream().map(StoredReport::id).toList());
        model.addAttribute("figures", Figures.of(reports));
        model.addAttribute("mixNames", Figures.MIX_NAMES);
        model.addAttribute("suitNames", Figures.SUIT_NAMES);
        model.addAttribute(
                "receivedChart",
                SvgCharts.bars(
                        msg("reportreading.chart.received", locale),
                        reports.stream()
                                .map(r -> new SvgCharts.Bar(label(r), count(r.requests(), "new_received")))
                                .toList()));
        model.addAttribute(
                "mixChart",
                SvgCharts.stacked(
                        msg("reportreading.chart.mix", locale),
                        Figures.MIX_NAMES,
                        reports.stream()
                                .map(r -> new SvgCharts.Parts(label(r), Figures.mix(r)))
                                .toList()));
        model.addAttribute(
                "suitsChart",
                SvgCharts.grouped(
                        msg("reportreading.chart.suits", locale),
                        Figures.SUIT_NAMES,
                        reports.stream()
                                .map(r -> new SvgCharts.Parts(label(r), Figures.suits(r)))
                                .toList()));
        return "console/reportreading/compare";
    }

    @GetMapping(BASE + "/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "ids", required = false) List<Long> ids) {
        return download(ReportExport.csv(reports(ids)), "report-reading.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping(BASE + "/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "ids", required = false) List<Long> ids) {
        return download(
                ReportExport.xlsx(reports(ids)),
                "report-reading.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private List<AnnualReport> reports(List<Long> ids) {
        List<StoredReport> s = ids == null || ids.isEmpty() ? service.recent() : service.find(ids);
        return s.stream().map(StoredReport::report).toList();
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }

    static String label(AnnualReport r) {
        return (r.unit() == null ? "?" : r.unit()) + " " + (r.year() == null ? "" : r.year());
    }

    private static long count(Grid g, String row) {
        return g == null ? 0 : g.count(row, "total");
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
