package org.gongkai.annualreport.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.annualreport.PublicReports;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's 政府信息公开年报 column: every published report, and each report as published. */
@Controller
class PortalAnnualReportController {

    private final PublicReports reports;
    private final PublicCatalog catalog;

    PortalAnnualReportController(PublicReports reports, PublicCatalog catalog) {
        this.reports = reports;
        this.catalog = catalog;
    }

    /**
     * Reports published through the platform, newest year first, and reports published as catalogue documents
     * (type 政府信息公开年报) for unit-years the platform did not publish, e.g. from before it was used.
     */
    @GetMapping("/portal/annual-reports")
    String list(Model model) {
        List<PublicReports.Listed> published = reports.listPublished();
        Set<String> titles = new HashSet<>();
        published.forEach(r -> titles.add(r.unit().name() + r.year() + "年政府信息公开工作年度报告"));
        List<CatalogItem> documents = catalog.list(ItemFilter.publicItems().type(DocumentType.ANNUAL_REPORT)
                .page(0, 200)).items().stream().filter(i -> !titles.contains(i.title())).toList();
        model.addAttribute("reports", published);
        model.addAttribute("documents", documents);
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
