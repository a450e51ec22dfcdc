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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff console's landing page: what is waiting for the viewer, asked from every module's {@link WaitingWork};
 * for the disclosure office (administrators and reviewers) also per unit, with an inline SVG bar chart.
 */
@Controller
class ConsoleHomeController {

    /** The kinds of waiting work in the order shown, each with the page that lists it. */
    static final Map<String, String> KINDS = kinds();

    /** A unit's waiting work: counts by kind, the total and the bar's width in the chart. */
    record UnitWaiting(Unit unit, Map<String, Long> counts, long total, int barWidth) {}

    static final int BAR_MAX = 300;

    private final UnitDirectory units;
    private final List<WaitingWork> sources;

    ConsoleHomeController(UnitDirectory units, List<WaitingWork> sources) {
        this.units = units;
        this.sources = sources;
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
            model.addAttribute("byUnit", byUnit(waiting, visible));
        }
        return "console/home";
    }

    private List<UnitWaiting> byUnit(List<WaitingWork.Waiting> waiting, Set<String> visible) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (WaitingWork.Waiting w : waiting) {
            counts.computeIfAbsent(w.unitCode(), u -> new LinkedHashMap<>()).merge(w.kind(), w.count(), Long::sum);
        }
        long max = counts.values().stream()
                .mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .max()
                .orElse(1);
        return units.all().stream()
                .filter(u -> visible.contains(u.code()) && counts.containsKey(u.code()))
                .map(u -> {
                    Map<String, Long> c = counts.get(u.code());
                    long total = c.values().stream().mapToLong(Long::longValue).sum();
                    return new UnitWaiting(u, c, total, (int) Math.max(1, total * BAR_MAX / Math.max(1, max)));
                })
                .toList();
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
