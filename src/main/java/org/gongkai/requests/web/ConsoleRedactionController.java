package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.requests.RedactionArea;
import org.gongkai.requests.Redactions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The redaction page of a file to be released: each page with the proposed areas outlined, a checkbox per area,
 * areas added by hand, and the confirmation that makes the redacted copy. Usable without JavaScript.
 */
@Controller
class ConsoleRedactionController {

    private static final int MAX_MANUAL = 200;
    private final Redactions redactions;
    private final ProblemPages problems;

    ConsoleRedactionController(Redactions redactions, ProblemPages problems) {
        this.redactions = redactions;
        this.problems = problems;
    }

    @GetMapping("/console/requests/{id:\\d+}/files/{fileId:\\d+}/redact")
    String page(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, @PathVariable long fileId, Model m) {
        fill(m, p, id, fileId);
        return "requests/console-redact";
    }

    @GetMapping("/console/requests/{id:\\d+}/files/{fileId:\\d+}/pages/{page:\\d+}.png")
    ResponseEntity<byte[]> pageImage(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @PathVariable long fileId,
            @PathVariable int page) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(redactions.pageImage(p.member(), id, fileId, page));
    }

    @PostMapping("/console/requests/{id:\\d+}/files/{fileId:\\d+}/redact")
    String apply(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @PathVariable long fileId,
            @RequestParam(name = "use", required = false) List<Integer> use,
            @RequestParam(name = "manual", required = false) String manual,
            Model m,
            RedirectAttributes redirect,
            HttpServletResponse res) {
        Redactions.Proposal proposal = redactions.propose(p.member(), id, fileId);
        List<RedactionArea> areas = new ArrayList<>();
        if (use != null) {
            use.stream()
                    .filter(i -> i >= 0 && i < proposal.areas().size())
                    .distinct()
                    .forEach(i -> areas.add(proposal.areas().get(i)));
        }
        try {
            areas.addAll(parseManual(manual));
            long copy = redactions.apply(p.member(), id, fileId, areas);
            redirect.addFlashAttribute("done", copy);
            return "redirect:/console/requests/" + id + "#files";
        } catch (InvalidInputException e) {
            ProblemPages.Shown shown = problems.show(e);
            res.setStatus(400);
            m.addAttribute("actionMessage", shown.message());
            // the areas are given on this form as proposals ticked and lines typed: their errors belong to it
            m.addAttribute(
                    "errors",
                    Map.of(
                            "manual",
                            shown.fieldErrors().isEmpty()
                                    ? shown.message()
                                    : String.join(" ", shown.fieldErrors().values())));
            m.addAttribute("manual", manual);
            m.addAttribute("used", use == null ? List.of() : use);
            fill(m, p, id, fileId);
            return "requests/console-redact";
        }
    }

    /** Lines of "page, left, top, width, height" in points; a line that is not five numbers is refused by number. */
    static List<RedactionArea> parseManual(String manual) {
        List<RedactionArea> areas = new ArrayList<>();
        if (manual == null || manual.isBlank()) {
            return areas;
        }
        String[] lines = manual.strip().split("\\R");
        if (lines.length > MAX_MANUAL) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("manual", "error.redaction.manual-too-many", MAX_MANUAL)));
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].strip().split("\\s*[,，、\\s]\\s*");
            try {
                if (parts.length != 5) {
                    throw new NumberFormatException();
                }
                areas.add(new RedactionArea(
                        Integer.parseInt(parts[0]),
                        Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]),
                        Double.parseDouble(parts[3]),
                        Double.parseDouble(parts[4]),
                        RedactionArea.MANUAL,
                        ""));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        List.of(new FieldProblem("manual", "error.redaction.manual-line", i + 1)));
            }
        }
        return areas;
    }

    private void fill(Model m, StaffPrincipal p, long id, long fileId) {
        Redactions.Proposal proposal = redactions.propose(p.member(), id, fileId);
        m.addAttribute("requestId", id);
        m.addAttribute("proposal", proposal);
        m.addAttribute("staff", p.member());
        if (!m.containsAttribute("used")) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < proposal.areas().size(); i++) {
                all.add(i);
            }
            m.addAttribute("used", all);
        }
    }
}
