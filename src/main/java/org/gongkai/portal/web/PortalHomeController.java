package org.gongkai.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.StandardEntry;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's home page, the government's 政府信息公开 column: the latest information, the latest policy
 * interpretations and notices, the 信息公开目录 (by unit, by Article 20 item, by topic) with counts, and the ways
 * to apply and to the annual reports.
 */
@Controller
class PortalHomeController {

    static final int LATEST = 12;
    static final int SIDE_LIST = 6;

    private final PublicCatalog catalog;
    private final UnitDirectory units;

    PortalHomeController(PublicCatalog catalog, UnitDirectory units) {
        this.catalog = catalog;
        this.units = units;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Unit> all = units.all();
        Map<String, String> names = new HashMap<>();
        all.forEach(u -> names.put(u.code(), u.name()));
        Map<String, Long> perUnit = new HashMap<>();
        catalog.units().forEach(c -> perUnit.put(c.key(), c.count()));
        Map<String, Long> perArea = new HashMap<>();
        catalog.standardAreas().forEach(c -> perArea.put(c.key(), c.count()));
        model.addAttribute("unitNames", names);
        model.addAttribute("latest", catalog.latest(LATEST));
        model.addAttribute("interpretations", latestOf(DocumentType.INTERPRETATION));
        model.addAttribute("notices", latestOf(DocumentType.NOTICE));
        model.addAttribute("unitTree", UnitNode.tree(all, perUnit));
        model.addAttribute("items", Article20Counts.all(catalog.article20Items()));
        model.addAttribute("areas", StandardEntry.AREAS);
        model.addAttribute("perArea", perArea);
        return "portal/home";
    }

    private List<org.gongkai.catalog.CatalogItem> latestOf(DocumentType type) {
        return catalog.list(ItemFilter.publicItems().type(type).page(0, SIDE_LIST))
                .items();
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
