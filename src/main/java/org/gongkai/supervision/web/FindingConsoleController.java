package org.gongkai.supervision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.supervision.Findings;
import org.gongkai.supervision.Inspections;
import org.springframework.http.CacheControl;
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
 * Console: one finding with its history and, for an inspector's finding, its screenshots and files (the office
 * uploads them; the office and the unit see them; served only here, behind the login, never cached publicly).
 */
@Controller
class FindingConsoleController {

    private final Findings findings;
    private final Inspections inspections;
    private final UnitDirectory units;
    private final ProblemPages problems;

    FindingConsoleController(Findings findings, Inspections inspections, UnitDirectory units, ProblemPages problems) {
        this.findings = findings;
        this.inspections = inspections;
        this.units = units;
        this.problems = problems;
    }

    @GetMapping("/console/supervision/findings/{id:\\d+}")
    String finding(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return page(p.member(), id, Map.of(), model);
    }

    @PostMapping("/console/supervision/findings/{id:\\d+}/files")
    String attach(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        try {
            boolean has = file != null && !file.isEmpty();
            inspections.attach(
                    p.member(), id, has ? file.getOriginalFilename() : null, has ? file.getBytes() : new byte[0]);
            return "redirect:/console/supervision/findings/" + id + "?attached";
        } catch (InvalidInputException e) {
            return page(p.member(), id, problems.show(e).fieldErrors(), model);
        }
    }

    @GetMapping("/console/supervision/findings/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, @PathVariable long fileId) {
        Inspections.FileContent f = inspections.file(p.member(), id, fileId);
        ContentDisposition.Builder disposition =
                f.file().image() ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.file().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(f.file().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(f.content());
    }

    private String page(StaffMember staff, long id, Map<String, String> errors, Model model) {
        var finding = findings.get(staff, id);
        model.addAttribute("finding", finding);
        model.addAttribute("history", findings.history(staff, id));
        model.addAttribute("files", inspections.files(staff, id));
        model.addAttribute("mayAttach", staff.isReviewer() && finding.roundId() != null);
        model.addAttribute("errors", errors);
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        return "supervision/finding";
    }
}
