package org.gongkai.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.CatalogColumn;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Topic pages (专题专栏): each topic column of the government's tree with the items published under it. */
@Controller
class PortalTopicsController {

    private static final int SHOWN = 100;
    private final CatalogColumns columns;
    private final PublicCatalog catalog;
    private final UnitDirectory units;

    PortalTopicsController(CatalogColumns columns, PublicCatalog catalog, UnitDirectory units) {
        this.columns = columns;
        this.catalog = catalog;
        this.units = units;
    }

    @GetMapping("/portal/topics")
    String topics(Model model) {
        model.addAttribute(
                "topics",
                tree().stream()
                        .map(CatalogColumn.Node::column)
                        .filter(c -> c.isTopic() && c.active())
                        .toList());
        return "portal/topics";
    }

    @GetMapping("/portal/topics/{id}")
    String topic(@PathVariable long id, Model model) {
        List<CatalogColumn.Node> tree = tree();
        int at = -1;
        for (int i = 0; i < tree.size(); i++) {
            CatalogColumn c = tree.get(i).column();
            if (c.id() == id && c.isTopic()) { // a deactivated topic keeps its page: its history
                at = i;
            }
        }
        if (at < 0) {
            throw new NotFoundException("portal.topics.not-found", id);
        }
        CatalogColumn topic = tree.get(at).column();
        List<String> names = new ArrayList<>(List.of(topic.name()));
        for (int i = at + 1;
                i < tree.size() && tree.get(i).depth() > tree.get(at).depth();
                i++) {
            names.add(tree.get(i).column().name());
        }
        List<CatalogItem> items = new ArrayList<>();
        for (String name : names) {
            items.addAll(catalog.list(ItemFilter.publicItems().column(name).page(0, SHOWN))
                    .items());
        }
        items.sort(Comparator.comparing(CatalogItem::publishedOn).reversed());
        model.addAttribute("topic", topic);
        model.addAttribute("items", items.size() > SHOWN ? items.subList(0, SHOWN) : items);
        Map<String, String> unitNames = new HashMap<>();
        units.all().forEach(u -> unitNames.put(u.code(), u.name()));
        model.addAttribute("unitNames", unitNames);
        return "portal/topic";
    }

    private List<CatalogColumn.Node> tree() {
        return units.all().stream()
                .filter(Unit::isRoot)
                .findFirst()
                .map(u -> columns.tree(u.code()))
                .orElse(List.of());
    }
}
