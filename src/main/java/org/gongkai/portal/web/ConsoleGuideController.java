package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.web.FormFields;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.portal.GuideContent;
import org.gongkai.portal.GuidePage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/guide}: the disclosure office edits its government's guide and rules pages — each save a new
 * version, a preview with the computed parts filled in, publication from a date, the history of every version.
 */
@Controller
class ConsoleGuideController {

    private final GuideContent content;
    private final UnitDirectory units;
    private final ProblemPages problems;

    ConsoleGuideController(GuideContent content, UnitDirectory units, ProblemPages problems) {
        this.content = content;
        this.units = units;
        this.problems = problems;
    }

    @GetMapping("/console/guide")
    String page(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "page", defaultValue = "guide") String key,
            Model model) {
        GuidePage page = page(key);
        return show(p.member(), page, content.latestBody(p.member(), page), null, Map.of(), model);
    }

    @PostMapping("/console/guide/{page}")
    String save(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable("page") String key,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String publishOn,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response) {
        GuidePage page = page(key);
        StaffMember me = p.member();
        if ("preview".equals(action)) {
            model.addAttribute("preview", content.preview(me, body));
            return show(me, page, body, note, Map.of(), model);
        }
        try {
            content.save(me, page, body, note, date(publishOn));
            return "redirect:/console/guide?page=" + page.key() + "&saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(me, page, body, note, problems.show(e).fieldErrors(), model);
        }
    }

    @PostMapping("/console/guide/versions/{id}/publish")
    String publish(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(name = "page", defaultValue = "guide") String key,
            @RequestParam(required = false) String publishOn,
            Model model,
            HttpServletResponse response) {
        GuidePage page = page(key);
        try {
            content.publish(p.member(), id, date(publishOn));
            return "redirect:/console/guide?page=" + page.key() + "&saved";
        } catch (ProblemException e) {
            ProblemPages.Shown shown = problems.show(e);
            response.setStatus(shown.status().value());
            Map<String, String> errors = FormFields.ofRow("v" + id, shown.fieldErrors());
            if (errors.isEmpty()) {
                model.addAttribute("publishError", shown.message());
            }
            return show(p.member(), page, content.latestBody(p.member(), page), null, errors, model);
        }
    }

    private String show(
            StaffMember me, GuidePage page, String body, String note, Map<String, String> errors, Model model) {
        var history = content.history(me, page);
        model.addAttribute("page", page);
        model.addAttribute("pages", GuidePage.values());
        model.addAttribute("history", history);
        model.addAttribute(
                "shown",
                content.shown(units.governmentOf(me.unitCode()).code(), page).version());
        model.addAttribute("body", body);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        return "console/guide";
    }

    private static GuidePage page(String key) {
        return GuidePage.fromKey(key).orElseThrow(() -> new NotFoundException("guide.error.no-page", key));
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("publishOn", "guide.error.publish-date-format");
        }
    }
}
