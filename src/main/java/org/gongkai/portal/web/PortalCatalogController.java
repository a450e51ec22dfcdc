package org.gongkai.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.Attachment;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.StandardEntry;
import org.gongkai.catalog.Validity;
import org.gongkai.messages.ConsultationQueries;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 法定主动公开内容: browse by unit, by Article 20 item, by catalogue column; item pages; standard catalogues. */
@Controller
class PortalCatalogController {

    private static final int PAGE_SIZE = 20;
    private final PublicCatalog catalog;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ConsultationQueries consultations;

    PortalCatalogController(
            PublicCatalog catalog, UnitDirectory units, MessageSource messages, ConsultationQueries consultations) {
        this.consultations = consultations;
        this.catalog = catalog;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/portal/catalog")
    String overview(Model model) {
        Map<String, Long> perUnit = new HashMap<>();
        catalog.units().forEach(c -> perUnit.put(c.key(), c.count()));
        model.addAttribute("units", units.all());
        model.addAttribute("perUnit", perUnit);
        model.addAttribute("items", Article20Counts.all(catalog.article20Items()));
        model.addAttribute("columns", catalog.columns(null));
        model.addAttribute("areas", StandardEntry.AREAS);
        return "portal/catalog/overview";
    }

    @GetMapping("/portal/catalog/list")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String validity,
            @RequestParam(required = false) String page,
            Model model) {
        Integer itemNo = number("item", item, 1, 15);
        int pageNo = number("page", page, 1, 100_000) == null ? 0 : number("page", page, 1, 100_000) - 1;
        DocumentType t = enumOf(DocumentType.class, "type", type);
        Validity v = enumOf(Validity.class, "validity", validity);
        List<Unit> all = units.all();
        Unit selected = unit == null || unit.isBlank()
                ? null
                : all.stream()
                        .filter(u -> u.code().equals(unit.strip()))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("error.unit-not-found", unit.strip()));
        String unitCode = selected == null ? null : selected.code();
        String col = column == null || column.isBlank() ? null : column.strip();
        ItemFilter filter = new ItemFilter(
                unitCode == null ? null : List.of(unitCode), null, true, itemNo, col, t, v, null, pageNo, PAGE_SIZE);
        model.addAttribute("page", catalog.list(filter));
        model.addAttribute("unit", selected);
        model.addAttribute("item", itemNo);
        model.addAttribute("column", col);
        model.addAttribute("type", t);
        model.addAttribute("validity", v);
        model.addAttribute("unitColumns", unitCode == null ? List.of() : catalog.columns(unitCode));
        model.addAttribute("heading", heading(selected, itemNo, col, t, v));
        Map<String, String> names = new HashMap<>();
        all.forEach(u -> names.put(u.code(), u.name()));
        model.addAttribute("unitNames", names);
        return "portal/catalog/list";
    }

    @GetMapping("/portal/catalog/normative")
    String normative(
            @RequestParam(required = false) String validity, @RequestParam(required = false) String page, Model model) {
        return list(null, null, null, DocumentType.NORMATIVE.name(), validity, page, model);
    }

    @GetMapping("/portal/catalog/items/{unitCode}/{yearSerial}")
    String item(@PathVariable String unitCode, @PathVariable String yearSerial, Model model) {
        PublicCatalog.ItemPage page = catalog.item(unitCode + "/" + yearSerial);
        model.addAttribute("p", page);
        model.addAttribute("item", page.item());
        model.addAttribute(
                "consultations", consultations.forCatalogItem(page.item().id()));
        model.addAttribute("unitName", units.find(unitCode).map(Unit::name).orElse(unitCode));
        return "portal/catalog/item";
    }

    @GetMapping("/portal/catalog/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        Attachment a = catalog.attachment(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(a.content());
    }

    @GetMapping("/portal/catalog/standard")
    String standard(@RequestParam(required = false) String area, Model model) {
        Map<String, Long> counts = new HashMap<>();
        catalog.standardAreas().forEach(c -> counts.put(c.key(), c.count()));
        model.addAttribute("areas", StandardEntry.AREAS);
        model.addAttribute("counts", counts);
        if (area != null && !area.isBlank()) {
            if (!StandardEntry.AREAS.contains(area.strip())) {
                throw new NotFoundException("portal.error.no-such-area", area);
            }
            model.addAttribute("area", area.strip());
            model.addAttribute("entries", catalog.standardEntries(area.strip()));
        }
        return "portal/catalog/standard";
    }

    /** Where the list is, in words: 「县住房和城乡建设局 · 规划计划 · 行政规范性文件 · 有效」, or 「全部信息」. */
    private String heading(Unit unit, Integer item, String column, DocumentType type, Validity validity) {
        List<String> parts = new ArrayList<>();
        if (unit != null) {
            parts.add(unit.name());
        }
        if (item != null) {
            parts.add(message("catalog.article20." + item));
        }
        if (column != null) {
            parts.add(column);
        }
        if (type != null) {
            parts.add(message("catalog.type." + type.name()));
        }
        if (validity != null) {
            parts.add(message("catalog.validity." + validity.name()));
        }
        return parts.isEmpty() ? message("portal.catalog.all-items") : String.join(" · ", parts);
    }

    private String message(String key) {
        return messages.getMessage(key, null, China.LOCALE);
    }

    static Integer number(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw InvalidInputException.of(name, "search.error.bad-parameter", name);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "search.error.bad-parameter", name);
        }
    }
}
