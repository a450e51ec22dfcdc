package org.gongkai.portal.web;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.portal.GuideContent;
import org.gongkai.portal.GuidePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Two of the four parts of the 政府信息公开 column: the guide (指南) and the rules (制度), each the version the
 * disclosure office published ({@link GuideContent}) with its date; the guide's channels, fees and office contacts
 * computed from the platform's settings.
 */
@Controller
class PortalColumnsController {

    private final PublicCatalog catalog;
    private final UnitDirectory units;
    private final GuideContent content;

    PortalColumnsController(PublicCatalog catalog, UnitDirectory units, GuideContent content) {
        this.catalog = catalog;
        this.units = units;
        this.content = content;
    }

    /** The page's published version (text with the computed parts) for the portal's government. */
    private void page(Model model, Unit government, GuidePage page) {
        GuideContent.Shown shown = government == null ? null : content.shown(government.code(), page);
        model.addAttribute("blocks", shown == null ? java.util.List.of() : shown.blocks());
        model.addAttribute("version", shown == null ? null : shown.version());
    }

    @GetMapping("/portal/guide")
    String guide(Model model) {
        Unit government = units.all().stream().filter(Unit::isRoot).findFirst().orElse(null);
        model.addAttribute("government", government);
        page(model, government, GuidePage.GUIDE);
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
        page(model, units.all().stream().filter(Unit::isRoot).findFirst().orElse(null), GuidePage.RULES);
        model.addAttribute(
                "rules",
                catalog.list(ItemFilter.publicItems().type(DocumentType.RULE).page(0, 100))
                        .items());
        model.addAttribute("unitNames", unitNames());
        return "portal/rules";
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
