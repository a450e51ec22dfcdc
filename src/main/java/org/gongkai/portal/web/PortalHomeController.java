package org.gongkai.portal.web;

import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's home page: the 政府信息公开 column and its four parts. */
@Controller
class PortalHomeController {

    private final UnitDirectory units;

    PortalHomeController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "governmentName",
                units.all().stream()
                        .filter(Unit::isRoot)
                        .map(Unit::name)
                        .findFirst()
                        .orElse(""));
        return "portal/home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
