package org.gongkai.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Three of the four parts of the 政府信息公开 column: the guide (指南), the rules (制度) and the annual reports (年报). */
@Controller
class PortalColumnsController {

    private static final int MAX_REPORT_PAGES = 20;
    private final PublicCatalog catalog;
    private final UnitDirectory units;

    PortalColumnsController(PublicCatalog catalog, UnitDirectory units) {
        this.catalog = catalog;
        this.units = units;
    }

    @GetMapping("/portal/guide")
    String guide(Model model) {
        Unit government = units.all().stream().filter(Unit::isRoot).findFirst().orElse(null);
        model.addAttribute("government", government);
        model.addAttribute("office", government == null ? null : officeOf(government));
        model.addAttribute("offices", catalog.offices());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("guides", catalog.list(ItemFilter.publicItems().type(DocumentType.GUIDE).page(0, 50))
                .items());
        return "portal/guide";
    }

    @GetMapping("/portal/rules")
    String rules(Model model) {
        model.addAttribute("rules", catalog.list(ItemFilter.publicItems().type(DocumentType.RULE).page(0, 100))
                .items());
        model.addAttribute("unitNames", unitNames());
        return "portal/rules";
    }

    /**
     * The annual-report column: reports published in the catalogue (type 政府信息公开年报), newest year first. The
     * annual-report module may add its computed reports here.
     */
    @GetMapping("/portal/annual-reports")
    String annualReports(Model model) {
        Map<Integer, List<CatalogItem>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (int page = 0; page < MAX_REPORT_PAGES; page++) {
            var reports = catalog.list(ItemFilter.publicItems().type(DocumentType.ANNUAL_REPORT).page(page, 100));
            for (CatalogItem r : reports.items()) {
                byYear.computeIfAbsent(r.publishedOn().getYear(), y -> new java.util.ArrayList<>()).add(r);
            }
            if (!reports.hasNext()) {
                break;
            }
        }
        model.addAttribute("byYear", byYear);
        model.addAttribute("unitNames", unitNames());
        return "portal/annual-reports";
    }

    /** The government's disclosure office: its own, else that of its general office (政府办公室). */
    private org.gongkai.catalog.DisclosureOffice officeOf(Unit government) {
        return catalog.office(government.code()).or(() -> units.all().stream()
                .filter(u -> government.code().equals(u.parentCode()) && u.kind() == UnitKind.GOVERNMENT_OFFICE)
                .findFirst().flatMap(u -> catalog.office(u.code()))).orElse(null);
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
