package org.gongkai.voice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.voice.DecisionStage;
import org.gongkai.voice.PublicResponse;
import org.gongkai.voice.Registries;
import org.gongkai.voice.Responses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's pages of the voice records: reading points with their addresses, responses to the public with
 * transcript pages, the yearly catalogue of major decisions with their stages, and the new-media accounts. They
 * show what the office published and nothing of who keeps the records.
 */
@Controller
class PortalVoiceController {

    private final Registries registries;
    private final Responses responses;
    private final UnitDirectory units;
    private final Clock clock;

    PortalVoiceController(Registries registries, Responses responses, UnitDirectory units, Clock clock) {
        this.registries = registries;
        this.responses = responses;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/portal/reading-points")
    String readingPoints(Model model) {
        model.addAttribute("points", registries.readingPoints());
        model.addAttribute("unitNames", unitNames());
        return "voice/portal-reading-points";
    }

    @GetMapping("/portal/new-media")
    String accounts(Model model) {
        model.addAttribute("accounts", registries.accounts());
        model.addAttribute("unitNames", unitNames());
        return "voice/portal-new-media";
    }

    @GetMapping("/portal/responses")
    String responses(@RequestParam(required = false) String year, Model model) {
        Integer y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("responses", responses.responses(y));
        model.addAttribute("unitNames", unitNames());
        return "voice/portal-responses";
    }

    @GetMapping("/portal/responses/{id}")
    String response(@PathVariable long id, Model model) {
        PublicResponse r = responses.response(id);
        model.addAttribute("r", r);
        model.addAttribute("unitName", unitNames().get(r.unitCode()));
        return "voice/portal-response";
    }

    @GetMapping("/portal/decisions")
    String decisions(@RequestParam(required = false) String year, Model model) {
        Integer y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("decisions", responses.decisions(y));
        model.addAttribute("stages", DecisionStage.values());
        model.addAttribute("unitNames", unitNames());
        return "voice/portal-decisions";
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(0, 7).map(i -> now - i).boxed().toList();
    }

    private Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 2008 || y > LocalDate.now(clock).getYear() + 1) {
                throw InvalidInputException.of(
                        "year", "voice.error.range", 2008, LocalDate.now(clock).getYear() + 1);
            }
            return y;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "voice.error.number");
        }
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
