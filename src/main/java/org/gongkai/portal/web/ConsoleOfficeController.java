package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.catalog.DisclosureOffice;
import org.gongkai.catalog.DisclosureOffices;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/guide/office}: the disclosure office keeps the contacts that the guide states (name, address,
 * postcode, phone, fax, email, hours); errors are shown beside their fields and nothing is saved.
 */
@Controller
class ConsoleOfficeController {

    static final String[] FIELDS = {"name", "address", "postcode", "phone", "fax", "email", "hours"};

    private final DisclosureOffices offices;
    private final ProblemPages problems;

    ConsoleOfficeController(DisclosureOffices offices, ProblemPages problems) {
        this.offices = offices;
        this.problems = problems;
    }

    @GetMapping("/console/guide/office")
    String page(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        Map<String, String> form =
                offices.of(p.member()).map(ConsoleOfficeController::form).orElseGet(Map::of);
        return show(form, Map.of(), model);
    }

    @PostMapping("/console/guide/office")
    String save(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : FIELDS) {
            form.put(f, params.getOrDefault(f, ""));
        }
        try {
            offices.save(p.member(), form);
            return "redirect:/console/guide/office?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(form, problems.show(e).fieldErrors(), model);
        }
    }

    private static String show(Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("fields", FIELDS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/guide-office";
    }

    private static Map<String, String> form(DisclosureOffice o) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("address", o.address());
        m.put("postcode", o.postcode());
        m.put("phone", o.phone());
        m.put("fax", o.fax());
        m.put("email", o.email());
        m.put("hours", o.hours());
        return m;
    }
}
