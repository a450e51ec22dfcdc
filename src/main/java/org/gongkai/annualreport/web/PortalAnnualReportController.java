package org.gongkai.annualreport.web;

import org.gongkai.annualreport.PublicReports;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's 政府信息公开年报 column: every published report, and each report as published. */
@Controller
class PortalAnnualReportController {

    private final PublicReports reports;

    PortalAnnualReportController(PublicReports reports) {
        this.reports = reports;
    }

    @GetMapping("/portal/annual-reports")
    String list(Model model) {
        model.addAttribute("reports", reports.listPublished());
        return "portal/annual/list";
    }

    @GetMapping("/portal/annual-reports/{unitCode}/{year}")
    String report(@PathVariable String unitCode, @PathVariable int year, Model model) {
        PublicReports.Document d = reports.published(unitCode, year)
                .orElseThrow(() -> new NotFoundException("annualreport.error.not-published", unitCode, year));
        model.addAttribute("doc", d);
        return "portal/annual/report";
    }
}
