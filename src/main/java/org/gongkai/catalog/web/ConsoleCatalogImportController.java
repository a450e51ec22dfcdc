package org.gongkai.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.catalog.CatalogImport;
import org.gongkai.catalog.ImportColumns;
import org.gongkai.catalog.ImportReport;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /console/catalog/import}: migration from the old website. Upload → dry run (every failing row with its
 * column and reason, nothing stored; 400 when a row fails) → confirmation → the import, all or nothing.
 */
@Controller
class ConsoleCatalogImportController {

    private static final String PAGE = "console/catalog/import";
    private final CatalogImport imports;
    private final ProblemPages problems;

    ConsoleCatalogImportController(CatalogImport imports, ProblemPages problems) {
        this.imports = imports;
        this.problems = problems;
    }

    @GetMapping("/console/catalog/import")
    String page(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        imports.requireImporter(p.member());
        return page(model);
    }

    @PostMapping("/console/catalog/import")
    String preview(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        imports.requireImporter(p.member());
        if (file == null || file.isEmpty()) {
            return refused(model, response, "catalog.import.no-file", HttpServletResponse.SC_BAD_REQUEST);
        }
        try {
            CatalogImport.Preview preview = imports.preview(p.member(), file.getOriginalFilename(), file.getBytes());
            model.addAttribute("report", preview.report());
            model.addAttribute("importId", preview.id());
            if (!preview.report().ok()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "error",
                    problems.show(e).fieldErrors().values().stream()
                            .findFirst()
                            .orElse(problems.show(e).message()));
        }
        return page(model);
    }

    @PostMapping("/console/catalog/import/{id}")
    String confirm(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            Model model,
            HttpServletResponse response) {
        try {
            ImportReport report = imports.confirm(p.member(), id);
            model.addAttribute(report.ok() ? "imported" : "report", report);
            if (!report.ok()) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", problems.show(e).message());
        }
        return page(model);
    }

    private String refused(Model model, HttpServletResponse response, String code, int status) {
        response.setStatus(status);
        model.addAttribute("errorCode", code);
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute("columns", ImportColumns.CHINESE);
        model.addAttribute("required", ImportColumns.REQUIRED);
        return PAGE;
    }
}
