package org.gongkai.annualreport.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.annualreport.CellCases;
import org.gongkai.annualreport.Comparison;
import org.gongkai.annualreport.ReportOverview;
import org.gongkai.annualreport.ReportTables;
import org.gongkai.annualreport.ReportView;
import org.gongkai.annualreport.SignOffStep;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.reportreading.AnnualReportReader;
import org.gongkai.reportreading.UnreadableReportException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/** Console: the year's reports, one report with its checks and sign-off actions, and drill-down to cases. */
@Controller
class AnnualReportConsoleController {

    private static final String BASE = "/console/annual-reports/";
    private final AnnualReports reports;
    private final ReportOverview overview;
    private final CellCases cells;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ProblemPages problems;
    private final Clock clock;
    private final Comparison comparison;

    AnnualReportConsoleController(
            AnnualReports reports,
            ReportOverview overview,
            CellCases cells,
            UnitDirectory units,
            MessageSource messages,
            ProblemPages problems,
            Clock clock,
            Comparison comparison) {
        this.reports = reports;
        this.overview = overview;
        this.cells = cells;
        this.units = units;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
        this.comparison = comparison;
    }

    @GetMapping("/console/annual-reports")
    String list(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("rows", overview.forYear(p.member(), y));
        model.addAttribute("staff", p.member());
        return "console/annual/list";
    }

    @GetMapping(BASE + "{unit}/{year}")
    String view(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String unit, @PathVariable int year, Model model) {
        return render(p.member(), unit, year, model, Map.of(), null);
    }

    @PostMapping(BASE + "{unit}/{year}/texts")
    String texts(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String unit,
            @PathVariable int year,
            @RequestParam int version,
            @RequestParam String overview,
            @RequestParam String problems,
            @RequestParam String otherMatters,
            @RequestParam(required = false) String submit,
            Model model) {
        return act(p.member(), unit, year, model, () -> {
            reports.saveTexts(p.member(), unit, year, version, overview, problems, otherMatters);
            if (submit != null) {
                reports.submit(p.member(), unit, year, version + 1);
            }
        });
    }

    @PostMapping(BASE + "{unit}/{year}/decision")
    String decide(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String unit,
            @PathVariable int year,
            @RequestParam int version,
            @RequestParam String action,
            @RequestParam(required = false) String comment,
            Model model) {
        StaffMember staff = p.member();
        return act(staff, unit, year, model, () -> {
            SignOffStep step = SignOffStep.ofFormValue(action)
                    .filter(SignOffStep::isDecision)
                    .orElseThrow(() -> InvalidInputException.of("action", "annualreport.error.action"));
            switch (step) {
                case APPROVE -> reports.approve(staff, unit, year, version);
                case RETURN -> reports.returnWithComments(staff, unit, year, version, comment);
                case PUBLISH -> reports.publish(staff, unit, year, version);
                case REOPEN -> reports.reopen(staff, unit, year, version, comment);
                default -> throw InvalidInputException.of("action", "annualreport.error.action");
            }
        });
    }

    @PostMapping(BASE + "{unit}/{year}/import")
    String importPublished(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String unit,
            @PathVariable int year,
            @RequestParam String json,
            Model model) {
        return act(p.member(), unit, year + 1, model, () -> reports.importPublished(p.member(), unit, year, json));
    }

    /** Imports last year's published report from its file (html, docx, pdf, txt), read by the report reader. */
    @PostMapping(BASE + "{unit}/{year}/import-file")
    String importFile(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String unit,
            @PathVariable int year,
            @RequestParam("file") MultipartFile file,
            Model model)
            throws IOException {
        return act(p.member(), unit, year + 1, model, () -> {
            try {
                reports.importPublished(
                        p.member(),
                        unit,
                        year,
                        new AnnualReportReader().read(file.getBytes(), file.getOriginalFilename()));
            } catch (UnreadableReportException | IOException e) {
                throw InvalidInputException.of("json", "annualreport.error.import-file", e.getMessage());
            } catch (UploadRefusedException e) {
                throw e.asInvalidInput("json");
            }
        });
    }

    @GetMapping(BASE + "{unit}/{year}/cases")
    String cases(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String unit,
            @PathVariable int year,
            @RequestParam String path,
            Model model) {
        model.addAttribute("groups", cells.casesIn(p.member(), unit, year, path));
        model.addAttribute("unit", units.require(unit));
        model.addAttribute("year", year);
        model.addAttribute("path", path);
        model.addAttribute("limit", CellCases.LIMIT);
        model.addAttribute("labels", new CellLabels());
        return "console/annual/cases";
    }

    private String act(StaffMember staff, String unit, int year, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:" + BASE + unit + "/" + year + "?done";
        } catch (InvalidInputException | ConflictException e) {
            ProblemPages.Shown shown = problems.show(e);
            return render(staff, unit, year, model, shown.fieldErrors(), e instanceof ConflictException ? shown : null);
        }
    }

    private String render(
            StaffMember staff,
            String unit,
            int year,
            Model model,
            Map<String, String> errors,
            ProblemPages.Shown conflict) {
        ReportView view = reports.view(staff, unit, year);
        String base = BASE + UriUtils.encodePathSegment(unit, "UTF-8") + "/" + year + "/cases?path=";
        String statistics =
                "/console/annual-reports/statistics/" + UriUtils.encodePathSegment(unit, "UTF-8") + "/" + year;
        ReportTables tables = new ReportTables(
                view.report(),
                path -> !path.startsWith("proactive")
                        ? base + UriUtils.encodeQueryParam(path, "UTF-8")
                        : view.government()
                                        || path.startsWith("proactive.regulations")
                                        || path.startsWith("proactive.normative_documents")
                                ? null
                                : statistics);
        model.addAttribute("view", view);
        model.addAttribute("tables", tables);
        model.addAttribute("drill", base);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict == null ? null : conflict.message());
        model.addAttribute("staff", staff);
        model.addAttribute("reviewer", staff.role() == Role.REVIEWER);
        model.addAttribute("year", year);
        model.addAttribute(
                "yearOnYear",
                YearOnYearChart.of(
                        view.unit().name(), comparison.years(staff, unit, year, YearOnYearChart.YEARS), messages));
        return "console/annual/view";
    }

    private String say(String code, Object[] args) {
        return messages.getMessage(code, args, code, China.LOCALE);
    }
}
