package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.catalog.web.SearchParams;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.ServiceBusyException;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The portal's search page: a form, hits with marked excerpts, facets with counts as links, pages. */
@Controller
class PortalSearchController {

    private final CatalogSearch search;
    private final UnitDirectory units;
    private final MessageSource messages;

    PortalSearchController(CatalogSearch search, UnitDirectory units, MessageSource messages) {
        this.search = search;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/portal/search")
    ModelAndView search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String validity,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String page,
            Model model,
            HttpServletResponse response) {
        ModelAndView mav = new ModelAndView("portal/search");
        model.addAttribute("q", q == null ? "" : q);
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        model.addAttribute("unitNames", names);
        SearchQuery query;
        try {
            query = SearchParams.read(q, unit, item, year, type, validity, order, page, "10");
        } catch (InvalidInputException e) {
            mav.setStatus(HttpStatus.BAD_REQUEST);
            model.addAttribute("problem", messages.getMessage("error.invalid-input", null, China.LOCALE));
            return mav;
        }
        model.addAttribute("query", query);
        boolean asked = !query.text().isBlank()
                || query.unitCode() != null
                || query.article20Item() != null
                || query.year() != null
                || query.docType() != null
                || query.validity() != null;
        if (asked) {
            SearchResult result;
            try {
                result = search.search(query);
            } catch (ServiceBusyException e) {
                // the search cluster is down: the page still stands, with the form and a message, never an error
                mav.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
                response.setHeader(
                        HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
                model.addAttribute(
                        "unavailable", messages.getMessage(e.messageCode(), e.args(), e.messageCode(), China.LOCALE));
                return mav;
            }
            model.addAttribute("result", result);
            if (result.notice() != null) {
                model.addAttribute("notice", messages.getMessage(result.notice(), null, result.notice(), China.LOCALE));
            }
        }
        return mav;
    }
}
