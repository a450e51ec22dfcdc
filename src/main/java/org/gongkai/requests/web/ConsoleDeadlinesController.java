package org.gongkai.requests.web;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.requests.RequestQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each unit's cases due within 3 working days and overdue ones, across the units the viewer supervises. */
@Controller
class ConsoleDeadlinesController {

    private final RequestQueries queries;
    private final UnitDirectory units;

    ConsoleDeadlinesController(RequestQueries queries, UnitDirectory units) {
        this.queries = queries;
        this.units = units;
    }

    @GetMapping("/console/deadlines")
    String deadlines(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute("d", queries.deadlines(p.member()));
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        model.addAttribute("unitNames", names);
        return "requests/console-deadlines";
    }
}
