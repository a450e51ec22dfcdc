package org.gongkai.voice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.voice.DecisionStage;
import org.gongkai.voice.FiguresImport;
import org.gongkai.voice.Registries;
import org.gongkai.voice.ResponseKind;
import org.gongkai.voice.Responses;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The console's pages for the voice records, each a list with the form that adds to it (office staff change them;
 * everyone in the console reads them).
 */
@Controller
class ConsoleVoicePages {

    static final List<String> SECTIONS =
            List.of("reading-points", "media-accounts", "power-lists", "responses", "decisions", "figures");

    private final Registries registries;
    private final Responses responses;
    private final FiguresImport figures;
    private final UnitDirectory units;
    private final Clock clock;

    ConsoleVoicePages(
            Registries registries, Responses responses, FiguresImport figures, UnitDirectory units, Clock clock) {
        this.registries = registries;
        this.responses = responses;
        this.figures = figures;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/console/voice")
    String index(Model model) {
        model.addAttribute("sections", SECTIONS);
        return "voice/console-index";
    }

    @GetMapping("/console/voice/{section}")
    String section(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String section, Model model) {
        return render(p, section, Map.of(), Map.of(), null, model);
    }

    /** The section's page with the form as typed and its errors ({@code target}: the record a row form was for). */
    String render(
            StaffPrincipal p,
            String section,
            Map<String, String> form,
            Map<String, String> errors,
            Long target,
            Model model) {
        if (!SECTIONS.contains(section)) {
            throw new org.gongkai.platform.errors.NotFoundException("voice.error.not-found", section);
        }
        model.addAttribute("section", section);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("target", target);
        model.addAttribute("office", p.member().isReviewer());
        model.addAttribute("units", units.all().stream().filter(Unit::active).toList());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("today", LocalDate.now(clock));
        switch (section) {
            case "reading-points" -> model.addAttribute("points", registries.readingPoints());
            case "media-accounts" -> model.addAttribute("accounts", registries.accounts());
            case "power-lists" -> model.addAttribute("lists", registries.powerLists());
            case "responses" -> {
                model.addAttribute("responses", responses.responses(null));
                model.addAttribute("kinds", ResponseKind.values());
            }
            case "decisions" -> {
                model.addAttribute("decisions", responses.decisions(null));
                model.addAttribute("stages", DecisionStage.values());
            }
            default -> model.addAttribute("figures", figures.figures(null));
        }
        return "voice/console-" + section;
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
