package org.gongkai.catalog.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.FacetCount;
import org.gongkai.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/catalog/search}: full-text search of the public catalogue. */
@RestController
class CatalogSearchApiController {

    record Hit(
            String indexNumber,
            String title,
            String unit,
            String unitCode,
            LocalDate published,
            String type,
            String validity,
            String highlight,
            String url) {}

    record Response(
            long total, List<Hit> hits, int page, int size, Map<String, List<FacetCount>> facets, String notice) {}

    private final CatalogSearch search;
    private final org.springframework.context.MessageSource messages;

    CatalogSearchApiController(CatalogSearch search, org.springframework.context.MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/api/v1/catalog/search")
    Response search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String validity,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        SearchResult r = search.search(SearchParams.read(q, unit, item, year, type, validity, order, page, size));
        List<Hit> hits = r.hits().stream()
                .map(h -> new Hit(
                        h.indexNumber(),
                        h.title(),
                        h.unitName(),
                        h.unitCode(),
                        h.published(),
                        h.docType(),
                        h.validity(),
                        h.highlight(),
                        ItemLinks.path(h.indexNumber())))
                .toList();
        String notice = r.notice() == null ? null : messages.getMessage(r.notice(), null, r.notice(), China.LOCALE);
        return new Response(r.total(), hits, r.page() + 1, r.size(), r.facets(), notice);
    }
}
