package org.gongkai.annualreport.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gongkai.annualreport.PublicReports;
import org.gongkai.org.Unit;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 政府信息公开年报 column: the published reports grouped by year (newest first) and, within a year, by
 * unit in the tree's order, filtered by unit and year; and each report as published.
 */
@Controller
class PortalAnnualReportController {

    private final PublicReports reports;
    private final MessageSource messages;

    PortalAnnualReportController(PublicReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/portal/annual-reports")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String year, Model model) {
        List<PublicReports.Listed> all =
                reports.listPublished().stream().filter(r -> r.unit() != null).toList();
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        Integer y = year(year);
        Map<Integer, List<PublicReports.Listed>> byYear = new TreeMap<>(Comparator.reverseOrder());
        all.stream()
                .filter(r -> unitCode == null || r.unit().code().equals(unitCode))
                .filter(r -> y == null || r.year() == y)
                .sorted(Comparator.comparingInt(
                                (PublicReports.Listed r) -> r.unit().sortOrder())
                        .thenComparing(r -> r.unit().code()))
                .forEach(r -> byYear.computeIfAbsent(r.year(), k -> new java.util.ArrayList<>())
                        .add(r));
        Map<String, Unit> units = new LinkedHashMap<>();
        all.stream()
                .map(PublicReports.Listed::unit)
                .sorted(Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::code))
                .forEach(u -> units.putIfAbsent(u.code(), u));
        model.addAttribute("byYear", byYear);
        model.addAttribute("units", units.values());
        model.addAttribute(
                "years",
                all.stream()
                        .map(PublicReports.Listed::year)
                        .collect(Collectors.toCollection(
                                () -> new java.util.TreeSet<Integer>(Comparator.reverseOrder()))));
        model.addAttribute("selectedUnit", unitCode);
        model.addAttribute("selectedYear", y);
        model.addAttribute("total", all.size());
        return "portal/annual/list";
    }

    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "search.error.bad-parameter", "year");
        }
    }

    @GetMapping("/portal/annual-reports/{unitCode}/{year}")
    String report(@PathVariable String unitCode, @PathVariable int year, Model model) {
        PublicReports.Document d = reports.published(unitCode, year)
                .orElseThrow(() -> new NotFoundException("annualreport.error.not-published", unitCode, year));
        model.addAttribute("doc", d);
        model.addAttribute(
                "bodyHtml",
                ScrollableTables.wrap(
                        d.bodyHtml(), messages.getMessage("annualreport.portal.table-region", null, China.LOCALE)));
        model.addAttribute(
                "chart",
                KeyFigureChart.svg(
                        d.report(),
                        messages.getMessage(
                                "annualreport.portal.chart",
                                new Object[] {d.unit().name(), String.valueOf(year)},
                                China.LOCALE)));
        return "portal/annual/report";
    }
}
