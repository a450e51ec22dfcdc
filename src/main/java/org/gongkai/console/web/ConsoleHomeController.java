package org.gongkai.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.WaitingWork;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.web.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff console's landing page: what is waiting for the viewer, asked from every module's {@link WaitingWork};
 * for the disclosure office (administrators and reviewers) also per unit, with a bar chart.
 */
@Controller
class ConsoleHomeController {

    /** The kinds of waiting work in the order shown, each with the page that lists it. */
    static final Map<String, String> KINDS = kinds();

    /** A unit's waiting work: counts by kind and the total. */
    record UnitWaiting(Unit unit, Map<String, Long> counts, long total) {}

    private final UnitDirectory units;
    private final List<WaitingWork> sources;
    private final MessageSource messages;

    ConsoleHomeController(UnitDirectory units, List<WaitingWork> sources, MessageSource messages) {
        this.units = units;
        this.sources = sources;
        this.messages = messages;
    }

    @GetMapping("/console")
    String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember staff = principal.member();
        Set<String> visible = units.visibleUnitCodes(staff);
        List<WaitingWork.Waiting> waiting = sources.stream()
                .flatMap(s -> s.waiting(staff, visible).stream())
                .toList();
        Map<String, Long> totals = new LinkedHashMap<>();
        KINDS.keySet().forEach(k -> totals.put(k, 0L));
        waiting.forEach(w -> totals.merge(w.kind(), w.count(), Long::sum));
        model.addAttribute("staff", staff);
        model.addAttribute("unitCount", visible.size());
        model.addAttribute("totals", totals);
        model.addAttribute("links", KINDS);
        boolean office = staff.role() == Role.ADMIN || staff.role() == Role.REVIEWER;
        model.addAttribute("office", office);
        if (office) {
            List<UnitWaiting> byUnit = byUnit(waiting, visible);
            model.addAttribute("byUnit", byUnit);
            model.addAttribute(
                    "byUnitChart",
                    new BarChart(
                            "waiting-chart",
                            say("console.waiting.chart"),
                            say("console.units.tree"),
                            say("console.waiting.total"),
                            byUnit.stream()
                                    .map(u -> new BarChart.Bar(u.unit().name(), u.total()))
                                    .toList()));
        }
        return "console/home";
    }

    private List<UnitWaiting> byUnit(List<WaitingWork.Waiting> waiting, Set<String> visible) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (WaitingWork.Waiting w : waiting) {
            counts.computeIfAbsent(w.unitCode(), u -> new LinkedHashMap<>()).merge(w.kind(), w.count(), Long::sum);
        }
        return units.all().stream()
                .filter(u -> visible.contains(u.code()) && counts.containsKey(u.code()))
                .map(u -> {
                    Map<String, Long> c = counts.get(u.code());
                    long total = c.values().stream().mapToLong(Long::longValue).sum();
                    return new UnitWaiting(u, c, total);
                })
                .toList();
    }

    private String say(String code) {
        return messages.getMessage(code, null, code, China.LOCALE);
    }

    private static Map<String, String> kinds() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("awaiting-confirmation", "/console/requests?status=AWAITING_CONFIRMATION");
        k.put("due-soon", "/console/deadlines");
        k.put("overdue", "/console/deadlines");
        k.put("report-approval", "/console/annual-reports");
        k.put("report-returned", "/console/annual-reports");
        k.put("catalog-review", "/console/catalog");
        return k;
    }
}
