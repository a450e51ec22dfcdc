package org.gongkai.portal.web;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Two of the four parts of the 政府信息公开 column: the guide (指南) and the rules (制度). */
@Controller
class PortalColumnsController {

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
        model.addAttribute(
                "guides",
                catalog.list(ItemFilter.publicItems().type(DocumentType.GUIDE).page(0, 50))
                        .items());
        return "portal/guide";
    }

    @GetMapping("/portal/rules")
    String rules(Model model) {
        model.addAttribute(
                "rules",
                catalog.list(ItemFilter.publicItems().type(DocumentType.RULE).page(0, 100))
                        .items());
        model.addAttribute("unitNames", unitNames());
        return "portal/rules";
    }

    /** The government's disclosure office: its own, else that of its general office (政府办公室). */
    private org.gongkai.catalog.DisclosureOffice officeOf(Unit government) {
        return catalog.office(government.code())
                .or(() -> units.all().stream()
                        .filter(u -> government.code().equals(u.parentCode()) && u.kind() == UnitKind.GOVERNMENT_OFFICE)
                        .findFirst()
                        .flatMap(u -> catalog.office(u.code())))
                .orElse(null);
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
