package org.gongkai.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.catalog.StandardCatalogEditor;
import org.gongkai.catalog.StandardEntry;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/catalog/standard}: the standard catalogue's entries with the items published under each, adding
 * an entry, and the completeness view per unit.
 */
@Controller
class ConsoleStandardController {

    private static final int ITEMS_SHOWN = 5;
    private final StandardCatalog standard;
    private final StandardCatalogEditor editor;
    private final ProblemPages problems;

    ConsoleStandardController(StandardCatalog standard, StandardCatalogEditor editor, ProblemPages problems) {
        this.standard = standard;
        this.editor = editor;
        this.problems = problems;
    }

    @GetMapping("/console/catalog/standard")
    String page(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        return show(p.member(), Map.of(), Map.of(), model);
    }

    @PostMapping("/console/catalog/standard")
    String add(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        try {
            editor.add(
                    p.member(),
                    new StandardEntry(
                            null,
                            null,
                            form.get("area"),
                            form.get("level1"),
                            form.get("level2"),
                            form.get("contentElements"),
                            form.get("basis"),
                            form.get("timeLimit"),
                            form.get("subject"),
                            form.get("channels"),
                            form.get("audience"),
                            form.get("mode"),
                            form.get("tier")));
            return "redirect:/console/catalog/standard";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(p.member(), problems.show(e).fieldErrors(), form, model);
        }
    }

    @GetMapping("/console/catalog/standard/completeness")
    String completeness(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute(
                "rows",
                editor.completeness(p.member()).stream()
                        .sorted(java.util.Comparator.comparing((StandardCatalogEditor.UnitGaps g) ->
                                        g.missing().size())
                                .reversed())
                        .toList());
        return "console/catalog/completeness";
    }

    private String show(StaffMember me, Map<String, String> errors, Map<String, String> values, Model model) {
        List<StandardEntry> entries = standard.all();
        Map<Long, List<CatalogItem>> published = new HashMap<>();
        entries.forEach(e -> published.put(e.id(), standard.publishedUnder(e.id(), ITEMS_SHOWN)));
        model.addAttribute("entries", entries);
        model.addAttribute("published", published);
        model.addAttribute("counts", standard.publishedCounts());
        model.addAttribute("areas", StandardEntry.AREAS);
        model.addAttribute("tiers", StandardEntry.TIERS);
        model.addAttribute("office", me.isReviewer() && me.mayChange());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "console/catalog/standard";
    }
}
