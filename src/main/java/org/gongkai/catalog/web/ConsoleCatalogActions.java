package org.gongkai.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.Validity;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.web.FormFields;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.search.IndexRebuilder;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The item page's buttons: each a POST that changes the item, then back to the item page. */
@Controller
class ConsoleCatalogActions {

    private final CatalogWorkflow workflow;
    private final ConsoleCatalogController pages;
    private final IndexRebuilder rebuilder;
    private final MessageSource messages;
    private final ProblemPages problems;
    private final AuditLog audit;

    ConsoleCatalogActions(
            CatalogWorkflow workflow,
            ConsoleCatalogController pages,
            IndexRebuilder rebuilder,
            MessageSource messages,
            ProblemPages problems,
            AuditLog audit) {
        this.workflow = workflow;
        this.pages = pages;
        this.rebuilder = rebuilder;
        this.messages = messages;
        this.problems = problems;
        this.audit = audit;
    }

    @PostMapping("/console/catalog/{id}/submit")
    ModelAndView submit(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return act(p.member(), id, model, () -> workflow.submit(p.member(), id));
    }

    @PostMapping("/console/catalog/{id}/approve")
    ModelAndView approve(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String publishedOn,
            Model model) {
        return act(
                p.member(),
                id,
                model,
                "approve",
                () -> workflow.approve(p.member(), id, note, date("publishedOn", publishedOn)));
    }

    @PostMapping("/console/catalog/{id}/send-back")
    ModelAndView sendBack(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Model model) {
        return act(p.member(), id, model, "back", () -> workflow.sendBack(p.member(), id, note));
    }

    @PostMapping("/console/catalog/{id}/withdraw")
    ModelAndView withdraw(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Model model) {
        return act(p.member(), id, model, () -> workflow.withdraw(p.member(), id, reason));
    }

    @PostMapping("/console/catalog/{id}/validity")
    ModelAndView validity(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String validity,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String repealedBy,
            Model model) {
        return act(p.member(), id, model, () -> {
            Validity v;
            try {
                v = Validity.valueOf(validity == null ? "" : validity);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("validity", "catalog.error.validity-choice");
            }
            LocalDate date = date("on", on);
            if (date == null) {
                throw InvalidInputException.of("on", "catalog.error.validity-date");
            }
            workflow.endValidity(p.member(), id, v, date, repealedBy);
        });
    }

    @PostMapping("/console/catalog/{id}/attachments")
    ModelAndView attach(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) {
        return act(p.member(), id, model, () -> {
            try {
                byte[] bytes = file == null ? new byte[0] : file.getBytes();
                workflow.attach(p.member(), id, file == null ? null : file.getOriginalFilename(), bytes);
            } catch (java.io.IOException e) {
                throw InvalidInputException.of("file", "catalog.error.file-unreadable");
            }
        });
    }

    @PostMapping("/console/catalog/{id}/media")
    ModelAndView attachMedia(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String description,
            Model model) {
        return act(p.member(), id, model, "media", () -> {
            try {
                byte[] bytes = file == null ? new byte[0] : file.getBytes();
                workflow.attachMedia(
                        p.member(), id, file == null ? null : file.getOriginalFilename(), bytes, description);
            } catch (java.io.IOException e) {
                throw InvalidInputException.of("file", "catalog.error.file-unreadable");
            }
        });
    }

    @PostMapping("/console/catalog/{id}/interpretations")
    ModelAndView link(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String interpretationId,
            Model model) {
        return act(p.member(), id, model, () -> {
            long other;
            try {
                other = Long.parseLong(interpretationId == null ? "" : interpretationId.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("interpretationId", "catalog.error.bad-number");
            }
            workflow.linkInterpretation(p.member(), id, other);
        });
    }

    @PostMapping("/console/catalog/search-rebuild")
    String rebuild(@AuthenticationPrincipal StaffPrincipal p, RedirectAttributes flash) {
        if (!p.member().isReviewer()) {
            throw new ForbiddenException(
                    Refusal.of(
                            "search.rebuild",
                            "search_index",
                            "catalog",
                            p.member().unitCode()),
                    "catalog.error.read-only");
        }
        long n = rebuilder.rebuild();
        audit.record(AuditEvent.by(p.member().username(), "search.rebuild")
                .on("search_index", "catalog")
                .detail(n + " items"));
        flash.addFlashAttribute(
                "notice", messages.getMessage("catalog.console.rebuilt", new Object[] {n}, China.LOCALE));
        return "redirect:/console/catalog";
    }

    private ModelAndView act(StaffMember staff, long id, Model model, Runnable action) {
        try {
            action.run();
            return new ModelAndView("redirect:/console/catalog/" + id);
        } catch (InvalidInputException e) {
            return ConsoleCatalogController.invalid(
                    pages.itemPage(staff, id, problems.show(e).fieldErrors(), model));
        }
    }

    /** A step whose fields share names with another step's on the item page: its errors keyed by its form. */
    private ModelAndView act(StaffMember staff, long id, Model model, String form, Runnable action) {
        try {
            action.run();
            return new ModelAndView("redirect:/console/catalog/" + id);
        } catch (InvalidInputException e) {
            return ConsoleCatalogController.invalid(pages.itemPage(
                    staff, id, FormFields.ofRow(form, problems.show(e).fieldErrors()), model));
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "catalog.error.bad-date");
        }
    }
}
