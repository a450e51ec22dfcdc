package org.gongkai.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.CatalogStatistics;
import org.gongkai.catalog.CatalogStatistics.InterpretationCount;
import org.gongkai.catalog.InterpretationForm;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Interpretations of a year by form and the interpretation rate, per unit the viewer may see, with the total. */
@Controller
class ConsoleInterpretationStats {

    private final CatalogStatistics statistics;
    private final UnitDirectory units;
    private final Clock clock;

    ConsoleInterpretationStats(CatalogStatistics statistics, UnitDirectory units, Clock clock) {
        this.statistics = statistics;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/console/catalog/interpretations")
    String page(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) String year, Model model) {
        int y = year(year);
        List<InterpretationCount> rows = statistics.interpretations(units.visibleUnitCodes(p.member()), y);
        Map<String, String> names = new LinkedHashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute("total", InterpretationCount.sum("", rows));
        model.addAttribute("forms", InterpretationForm.values());
        model.addAttribute("unitNames", names);
        return "console/catalog/interpretations";
    }

    private int year(String year) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year.isBlank()) {
            return thisYear;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 2008 || y > thisYear) {
                throw InvalidInputException.of("year", "catalog.error.bad-year");
            }
            return y;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "catalog.error.bad-year");
        }
    }
}
