package org.gongkai.messages.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.messages.ConsultationPhase;
import org.gongkai.messages.ConsultationQueries;
import org.gongkai.messages.Consultations;
import org.gongkai.messages.SurveyQuestion;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public's consultation pages: open and closed ones, each with its draft and explanation, the comment form
 * (or the survey) while open, the shown comments de-identified, and after the period the adoption feedback, the
 * survey's results and the final document.
 */
@Controller
class PortalConsultationsController {

    private final ConsultationQueries queries;
    private final Consultations consultations;
    private final ProblemPages problems;
    private final MessageLimit limit;

    PortalConsultationsController(
            ConsultationQueries queries, Consultations consultations, ProblemPages problems, MessageLimit limit) {
        this.queries = queries;
        this.consultations = consultations;
        this.problems = problems;
        this.limit = limit;
    }

    @GetMapping("/portal/consultations")
    String list(Model model) {
        var all = queries.publicList();
        model.addAttribute(
                "open",
                all.stream().filter(l -> l.phase() == ConsultationPhase.OPEN).toList());
        model.addAttribute(
                "closed",
                all.stream().filter(l -> l.phase() != ConsultationPhase.OPEN).toList());
        return "messages/portal-consultations";
    }

    @GetMapping("/portal/consultations/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page(id, Map.of(), model);
    }

    @PostMapping("/portal/consultations/{id:\\d+}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String text,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        limit.count(request, "comment");
        try {
            consultations.comment(id, name, contact, text);
            return "redirect:/portal/consultations/" + id + "?commented";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("name", name);
            model.addAttribute("contact", contact);
            model.addAttribute("text", text);
            return page(id, problems.fieldErrors(e), model);
        }
    }

    @PostMapping("/portal/consultations/{id:\\d+}/answers")
    String answer(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        limit.count(request, "comment");
        Map<Long, Integer> choices = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.matches("q\\d{1,12}") && v.matches("\\d{1,3}")) {
                choices.put(Long.valueOf(k.substring(1)), Integer.valueOf(v));
            }
        });
        try {
            consultations.answer(id, choices);
            return "redirect:/portal/consultations/" + id + "?answered";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(id, problems.fieldErrors(e), model);
        }
    }

    private String page(long id, Map<String, String> errors, Model model) {
        ConsultationQueries.View v = queries.publicView(id);
        model.addAttribute("v", v);
        model.addAttribute("c", v.consultation());
        model.addAttribute("errors", errors);
        model.addAttribute("percent", new Percent());
        return "messages/portal-consultation";
    }

    /** Shares of a question's answers, in whole per cent, for the results table. */
    static final class Percent {
        public long of(long[] counts, int i) {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return total == 0 ? 0 : Math.round(100.0 * counts[i] / total);
        }

        public long total(long[] counts) {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return total;
        }

        public long[] of(Map<Long, long[]> results, SurveyQuestion q) {
            return results.getOrDefault(q.id(), new long[q.options().size()]);
        }
    }
}
