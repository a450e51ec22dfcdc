package org.gongkai.console.web;

import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The government's unit tree and its staff, as far as the viewer may see. */
@Controller
class UnitsPageController {

    private final UnitDirectory units;
    private final StaffAccounts staff;

    UnitsPageController(UnitDirectory units, StaffAccounts staff) {
        this.units = units;
        this.staff = staff;
    }

    @GetMapping("/console/units")
    String units(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember me = principal.member();
        Set<String> visible = units.visibleUnitCodes(me);
        List<Unit> shown =
                units.all().stream().filter(u -> visible.contains(u.code())).toList();
        model.addAttribute("units", shown);
        model.addAttribute(
                "staff",
                staff.all().stream().filter(s -> visible.contains(s.unitCode())).toList());
        return "console/units";
    }
}
