package org.gongkai.voice.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.voice.FiguresImport;
import org.gongkai.voice.Registries;
import org.gongkai.voice.Responses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the voice pages: each POST changes one record, then back to its page; bad input re-renders the page
 * with every problem beside its field (400) and nothing stored.
 */
@Controller
class ConsoleVoiceActions {

    private final Registries registries;
    private final Responses responses;
    private final FiguresImport figures;
    private final ConsoleVoicePages pages;
    private final ProblemPages problems;
    private final MessageSource messages;

    ConsoleVoiceActions(
            Registries registries,
            Responses responses,
            FiguresImport figures,
            ConsoleVoicePages pages,
            ProblemPages problems,
            MessageSource messages) {
        this.registries = registries;
        this.responses = responses;
        this.figures = figures;
        this.pages = pages;
        this.problems = problems;
        this.messages = messages;
    }

    @PostMapping("/console/voice/reading-points")
    ModelAndView readingPoint(
            @AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        return act(p, "reading-points", form, null, model, s -> registries.addReadingPoint(s, form));
    }

    @PostMapping("/console/voice/media-accounts")
    ModelAndView account(
            @AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        return act(p, "media-accounts", form, null, model, s -> registries.addAccount(s, form));
    }

    @PostMapping("/console/voice/media-accounts/{id}/close")
    ModelAndView close(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model) {
        return act(p, "media-accounts", form, id, model, s -> registries.closeAccount(s, id, form));
    }

    @PostMapping("/console/voice/media-accounts/{id}/checks")
    ModelAndView check(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model) {
        return act(p, "media-accounts", form, id, model, s -> registries.checkAccount(s, id, form));
    }

    @PostMapping("/console/voice/power-lists")
    ModelAndView powerList(
            @AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        return act(p, "power-lists", form, null, model, s -> registries.addPowerList(s, form));
    }

    @PostMapping("/console/voice/responses")
    ModelAndView response(
            @AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        return act(p, "responses", form, null, model, s -> responses.addResponse(s, form));
    }

    @PostMapping("/console/voice/decisions")
    ModelAndView decision(
            @AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        return act(p, "decisions", form, null, model, s -> responses.addDecision(s, form));
    }

    @PostMapping("/console/voice/decisions/{id}/stages")
    ModelAndView stage(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model) {
        return act(p, "decisions", form, id, model, s -> responses.addStep(s, id, form));
    }

    @PostMapping("/console/voice/figures")
    ModelAndView importFigures(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes flash) {
        Map<String, String> form = new HashMap<>();
        ModelAndView next = act(p, "figures", form, null, model, s -> {
            try {
                byte[] bytes = file == null ? new byte[0] : file.getBytes();
                int n = figures.importFile(s, file == null ? null : file.getOriginalFilename(), bytes);
                flash.addFlashAttribute(
                        "notice", messages.getMessage("voice.import.done", new Object[] {n}, China.LOCALE));
            } catch (IOException e) {
                throw InvalidInputException.of("file", "voice.import.unreadable");
            }
        });
        return next;
    }

    private ModelAndView act(
            StaffPrincipal p,
            String section,
            Map<String, String> form,
            Long target,
            Model model,
            Consumer<StaffMember> change) {
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("_csrf");
        try {
            change.accept(p.member());
            return new ModelAndView("redirect:/console/voice/" + section);
        } catch (InvalidInputException e) {
            ModelAndView mav = new ModelAndView(
                    pages.render(p, section, typed, problems.show(e).fieldErrors(), target, model));
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
    }
}
