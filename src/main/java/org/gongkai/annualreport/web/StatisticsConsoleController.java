package org.gongkai.annualreport.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.annualreport.AdminStatistics;
import org.gongkai.annualreport.AdminStatisticsService;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Console: administrative statistics for section 2, by form per unit-year or imported from XLSX/CSV. */
@Controller
class StatisticsConsoleController {

    private static final String BASE = "/console/annual-reports/statistics";
    private final AdminStatisticsService service;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ProblemPages problems;
    private final Clock clock;

    StatisticsConsoleController(
            AdminStatisticsService service,
            UnitDirectory units,
            MessageSource messages,
            ProblemPages problems,
            Clock clock) {
        this.service = service;
        this.units = units;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) Integer year, Model model) {
        return listPage(p.member(), year == null ? LocalDate.now(clock).getYear() - 1 : year, List.of(), null, model);
    }

    @PostMapping(BASE + "/import")
    String importFile(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam int year,
            @RequestParam("file") MultipartFile file,
            Model model)
            throws IOException {
        try {
            int n = service.importFile(p.member(), file.getOriginalFilename(), file.getBytes());
            return listPage(p.member(), year, List.of(), n, model);
        } catch (InvalidInputException e) {
            problems.show(e);
            return listPage(
                    p.member(),
                    year,
                    e.fields().stream()
                            .map(f -> problems.say(f.messageCode(), f.args()))
                            .toList(),
                    null,
                    model);
        }
    }

    @GetMapping(BASE + "/{unit}/{year}")
    String form(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String unit, @PathVariable int year, Model model) {
        AdminStatistics s = service.get(p.member(), unit, year);
        Map<String, String> values = new LinkedHashMap<>();
        BigDecimal[] v = s.values();
        for (int i = 0; i < v.length; i++) {
            values.put(
                    AdminStatistics.FIELDS.get(i).key(),
                    v[i].stripTrailingZeros().toPlainString());
        }
        return formPage(unit, year, values, Map.of(), model);
    }

    @PostMapping(BASE + "/{unit}/{year}")
    String save(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String unit,
            @PathVariable int year,
            @RequestParam Map<String, String> values,
            Model model) {
        try {
            service.save(p.member(), unit, year, values);
            return "redirect:" + BASE + "?year=" + year + "&saved";
        } catch (InvalidInputException e) {
            return formPage(unit, year, values, problems.show(e).fieldErrors(), model);
        }
    }

    private String listPage(StaffMember staff, int year, List<String> importErrors, Integer imported, Model model) {
        Set<String> visible = units.visibleUnitCodes(staff);
        Map<String, AdminStatistics> byUnit = new LinkedHashMap<>();
        service.forYear(staff, year).forEach(s -> byUnit.put(s.unitCode(), s));
        List<Unit> rows =
                units.all().stream().filter(u -> visible.contains(u.code())).toList();
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("stats", byUnit);
        model.addAttribute("fields", AdminStatistics.FIELDS);
        model.addAttribute("importErrors", importErrors);
        model.addAttribute("imported", imported);
        model.addAttribute("staff", staff);
        return "console/annual/statistics";
    }

    private String formPage(
            String unit, int year, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("unit", units.require(unit));
        model.addAttribute("year", year);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", AdminStatistics.FIELDS);
        return "console/annual/statistics-form";
    }

    private String say(String code, Object[] args) {
        return messages.getMessage(code, args, code, China.LOCALE);
    }
}
