package org.gongkai.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.gongkai.catalog.CatalogColumnChanges;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /console/catalog/columns}: the government's column tree, and adding a column or topic page. */
@Controller
class ConsoleColumnsController {

    private final CatalogColumns columns;
    private final ProblemPages problems;
    private final CatalogColumnChanges changes;

    ConsoleColumnsController(CatalogColumns columns, ProblemPages problems, CatalogColumnChanges changes) {
        this.columns = columns;
        this.problems = problems;
        this.changes = changes;
    }

    @GetMapping("/console/catalog/columns")
    String page(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        return show(p.member(), Map.of(), Map.of(), model);
    }

    @PostMapping("/console/catalog/columns")
    String add(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "COLUMN") String kind,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) String description,
            Model model,
            HttpServletResponse response) {
        try {
            columns.create(p.member(), name, kind(kind), parentId, description);
            return "redirect:/console/catalog/columns";
        } catch (ForbiddenException e) {
            throw e;
        } catch (ProblemException e) {
            ProblemPages.Shown shown = problems.show(e);
            response.setStatus(shown.status().value());
            Map<String, String> errors =
                    shown.fieldErrors().isEmpty() ? Map.of("name", shown.message()) : shown.fieldErrors();
            return show(p.member(), errors, Map.of("name", name), model);
        }
    }

    /** Rename, move ({@code parentId}, 0 for the top level) or (de)activate a column; errors keyed by column. */
    @PostMapping("/console/catalog/columns/{id}")
    String change(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Boolean active,
            Model model,
            HttpServletResponse response) {
        try {
            changes.change(p.member(), id, new CatalogColumnChanges.ColumnChange(name, parentId, active));
            return "redirect:/console/catalog/columns";
        } catch (ForbiddenException e) {
            throw e;
        } catch (ProblemException e) {
            ProblemPages.Shown shown = problems.show(e);
            response.setStatus(shown.status().value());
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            shown.fieldErrors().forEach((field, message) -> errors.put(id + "." + field, message));
            if (errors.isEmpty()) {
                errors.put(id + ".name", shown.message());
            }
            return show(p.member(), errors, Map.of(id + ".name", name == null ? "" : name), model);
        }
    }

    private String show(StaffMember me, Map<String, String> errors, Map<String, String> values, Model model) {
        model.addAttribute("tree", columns.treeOfUnit(me.unitCode()));
        model.addAttribute("kinds", ColumnKind.values());
        model.addAttribute("office", me.isReviewer() && me.mayChange());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "console/catalog/columns";
    }

    private static ColumnKind kind(String raw) {
        try {
            return ColumnKind.valueOf(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
