package org.gongkai.console.web;

import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff console's landing page. */
@Controller
class ConsoleHomeController {

    private final UnitDirectory units;

    ConsoleHomeController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping("/console")
    String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember staff = principal.member();
        model.addAttribute("staff", staff);
        model.addAttribute("unitCount", units.visibleUnitCodes(staff).size());
        return "console/home";
    }
}
