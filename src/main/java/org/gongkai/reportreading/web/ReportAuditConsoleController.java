package org.gongkai.reportreading.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.web.FormFields;
import org.gongkai.reportreading.AuditOutput;
import org.gongkai.reportreading.ReportAudit;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Console: audit many reports at once (also a ZIP of them), as {@code report audit DIR} does a folder: the
 * ranking, the findings of each report, the XLSX and HTML summary to download. Open to every staff role, the
 * auditor and supervisor included; nothing is kept but the last result in the user's session.
 */
@Controller
class ReportAuditConsoleController {

    private static final String BASE = "/console/report-reading/audit";
    private static final String LAST = ReportAuditConsoleController.class.getName() + ".last";
    private static final int TOP = 50;

    private final ReportReadingService service;
    private final MessageSource messages;

    ReportAuditConsoleController(ReportReadingService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** The last audit of this session (kept in the session store, hence serializable), with its downloads. */
    record Last(List<Row> ranking, long withFindings, List<Unread> failures, byte[] xlsx, byte[] html)
            implements Serializable {

        static Last of(ReportAudit.Result r) {
            List<Row> rows = r.ranking().stream()
                    .map(a -> new Row(
                            a.source(),
                            a.unit(),
                            a.year(),
                            a.findings().stream()
                                    .map(f -> new Problem(f.code(), f.message()))
                                    .toList()))
                    .toList();
            List<Unread> failures = r.failures().stream()
                    .map(f -> new Unread(f.file(), f.reason()))
                    .toList();
            return new Last(
                    new ArrayList<>(rows),
                    r.withFindings(),
                    new ArrayList<>(failures),
                    AuditOutput.xlsx(r),
                    AuditOutput.html(r, TOP));
        }
    }

    /** One report of the ranking. */
    record Row(String source, String unit, Integer year, List<Problem> findings) implements Serializable {}

    /** One finding: its code (named in Chinese by the page) and message. */
    record Problem(String code, String message) implements Serializable {}

    /** A file not read, and why. */
    record Unread(String file, String reason) implements Serializable {}

    @GetMapping(BASE)
    String page(HttpSession session, Model model) {
        model.addAttribute("maxFiles", ReportReadingService.MAX_FILES);
        model.addAttribute("maxArchived", ReportReadingService.MAX_ARCHIVED);
        if (session.getAttribute(LAST) instanceof Last last) {
            model.addAttribute("result", last);
        }
        return "console/reportreading/audit";
    }

    @PostMapping(BASE)
    String audit(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpSession session,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        List<String> errors = new ArrayList<>();
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
            errors.add(messages.getMessage("reportreading.upload.none", null, locale));
        } else if (files.size() > ReportReadingService.MAX_FILES) {
            errors.add(messages.getMessage(
                    "reportreading.upload.tooMany", new Object[] {ReportReadingService.MAX_FILES}, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormFields.one("files", errors));
            return page(session, model);
        }
        List<ReportReadingService.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files) {
            if (f.getSize() > ReportReadingService.MAX_BYTES) { // not read into memory: refused by name
                errors.add(f.getOriginalFilename() + "："
                        + messages.getMessage("reportreading.upload.tooLarge", null, locale));
            } else if (!f.isEmpty()) {
                uploads.add(new ReportReadingService.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        model.addAttribute("errors", FormFields.one("files", errors));
        if (uploads.isEmpty()) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            return page(session, model);
        }
        ReportAudit.Result result = service.audit(p.member(), uploads);
        session.setAttribute(LAST, Last.of(result));
        return page(session, model);
    }

    @GetMapping(BASE + "/audit.xlsx")
    ResponseEntity<byte[]> xlsx(HttpSession session) {
        Last last = last(session);
        return download(last.xlsx(), "audit.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping(BASE + "/audit.html")
    ResponseEntity<byte[]> html(HttpSession session) {
        Last last = last(session);
        return download(last.html(), "audit.html", "text/html;charset=UTF-8");
    }

    private static Last last(HttpSession session) {
        if (session.getAttribute(LAST) instanceof Last last) {
            return last;
        }
        throw new NotFoundException("reportreading.audit.none");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
