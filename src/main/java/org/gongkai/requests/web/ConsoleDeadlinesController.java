package org.gongkai.requests.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.web.BarChart;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestSummary;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each unit's cases due within 3 working days and overdue ones, across the units the viewer supervises; above
 * them two charts of the running cases: how many each unit has, and how many fall due in each of the coming weeks.
 */
@Controller
class ConsoleDeadlinesController {

    /** The coming weeks charted one by one; later due dates are counted together. */
    static final int WEEKS = 8;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final RequestQueries queries;
    private final UnitDirectory units;
    private final MessageSource messages;

    ConsoleDeadlinesController(RequestQueries queries, UnitDirectory units, MessageSource messages) {
        this.queries = queries;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/console/deadlines")
    String deadlines(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        RequestQueries.Deadlines d = queries.deadlines(p.member());
        model.addAttribute("d", d);
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        model.addAttribute("unitNames", names);
        List<RequestSummary> running = queries.running(p.member());
        model.addAttribute("perUnit", perUnit(running));
        model.addAttribute("perWeek", perWeek(running, d.today()));
        return "requests/console-deadlines";
    }

    private BarChart perUnit(List<RequestSummary> running) {
        Map<String, Long> counts =
                running.stream().collect(Collectors.groupingBy(RequestSummary::unitCode, Collectors.counting()));
        List<BarChart.Bar> bars = units.all().stream()
                .filter(u -> counts.containsKey(u.code()))
                .map(u -> new BarChart.Bar(null, u.name(), counts.get(u.code()), "/console/requests?unit=" + u.code()))
                .toList();
        return new BarChart(
                "chart-per-unit",
                say("console.deadlines.chart.per-unit"),
                say("console.requests.unit"),
                say("console.deadlines.chart.cases"),
                bars);
    }

    private BarChart perWeek(List<RequestSummary> running, LocalDate today) {
        List<BarChart.Bar> bars = new ArrayList<>();
        Function<LocalDate, Long> dueBefore =
                day -> running.stream().filter(r -> r.dueDate().isBefore(day)).count();
        bars.add(new BarChart.Bar(say("console.deadlines.overdue"), dueBefore.apply(today)));
        for (int w = 0; w < WEEKS; w++) {
            LocalDate from = today.plusWeeks(w);
            LocalDate to = from.plusWeeks(1);
            String label = messages.getMessage(
                    "console.deadlines.chart.week",
                    new Object[] {w + 1, DAY.format(from), DAY.format(to.minusDays(1))},
                    China.LOCALE);
            bars.add(new BarChart.Bar(label, dueBefore.apply(to) - dueBefore.apply(from)));
        }
        bars.add(new BarChart.Bar(
                messages.getMessage("console.deadlines.chart.later", new Object[] {WEEKS}, China.LOCALE),
                running.size() - dueBefore.apply(today.plusWeeks(WEEKS))));
        return new BarChart(
                "chart-per-week",
                say("console.deadlines.chart.per-week"),
                say("console.requests.due"),
                say("console.deadlines.chart.cases"),
                bars);
    }

    private String say(String code) {
        return messages.getMessage(code, null, code, China.LOCALE);
    }
}
