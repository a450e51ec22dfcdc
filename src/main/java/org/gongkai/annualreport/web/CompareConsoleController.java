package org.gongkai.annualreport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import org.gongkai.annualreport.Comparison;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console: a unit's years compared, and the government's units compared in one year, with inline SVG charts. */
@Controller
class CompareConsoleController {

    private final Comparison comparison;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final Clock clock;

    CompareConsoleController(Comparison comparison, UnitDirectory units, MessageSource messages, Clock clock) {
        this.comparison = comparison;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/annual-reports/compare")
    String compare(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year,
            Model model) {
        StaffMember staff = p.member();
        String u = unit == null || unit.isBlank()
                ? (staff.role().seesWholeGovernment()
                        ? units.governmentOf(staff.unitCode()).code()
                        : staff.unitCode())
                : unit;
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        List<Comparison.Point> years = comparison.years(staff, u, y);
        List<Comparison.Point> across = comparison.units(staff, u, y);
        model.addAttribute("unit", units.require(u));
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("across", across);
        model.addAttribute(
                "units",
                units.all().stream().filter(x -> units.maySee(staff, x.code())).toList());
        model.addAttribute(
                "yearsReceived", chart(say("annualreport.compare.received"), years, Comparison.Point::received));
        model.addAttribute(
                "yearsReviews", chart(say("annualreport.compare.reviews"), years, Comparison.Point::reviews));
        model.addAttribute(
                "unitsReceived", chart(say("annualreport.compare.received"), across, Comparison.Point::received));
        return "console/annual/compare";
    }

    private static String chart(String title, List<Comparison.Point> points, ToLongFunction<Comparison.Point> value) {
        return SvgBars.render(
                title,
                points.stream()
                        .map(pt -> new SvgBars.Bar(pt.label(), value.applyAsLong(pt)))
                        .toList());
    }

    private String say(String code) {
        return messages.getMessage(code, null, code, China.LOCALE);
    }
}
