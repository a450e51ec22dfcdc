package org.gongkai.reportreading.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.web.FormFields;
import org.gongkai.reportreading.KeptAudit;
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
 * auditor and supervisor included; the last result is kept for its owner
 * (the module's table {@code report_audit_result}, a week), not in the HTTP session.
 */
@Controller
class ReportAuditConsoleController {

    private static final String BASE = "/console/report-reading/audit";

    private final ReportReadingService service;
    private final MessageSource messages;

    ReportAuditConsoleController(ReportReadingService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String page(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute("maxFiles", ReportReadingService.MAX_FILES);
        model.addAttribute("maxArchived", ReportReadingService.MAX_ARCHIVED);
        service.lastAudit(p.member()).ifPresent(last -> model.addAttribute("result", last.page()));
        return "console/reportreading/audit";
    }

    @PostMapping(BASE)
    String audit(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
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
            return page(p, model);
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
            return page(p, model);
        }
        service.audit(p.member(), uploads); // kept for its owner: the page shows it
        return page(p, model);
    }

    @GetMapping(BASE + "/audit.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal StaffPrincipal p) {
        KeptAudit last = last(p);
        return download(last.xlsx(), "audit.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping(BASE + "/audit.html")
    ResponseEntity<byte[]> html(@AuthenticationPrincipal StaffPrincipal p) {
        KeptAudit last = last(p);
        return download(last.html(), "audit.html", "text/html;charset=UTF-8");
    }

    private KeptAudit last(StaffPrincipal p) {
        return service.lastAudit(p.member()).orElseThrow(() -> new NotFoundException("reportreading.audit.none"));
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
