package org.gongkai.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log as staff may see it: entries of the units they may see (administrators see everything). */
@Controller
class AuditPageController {

    private static final int SHOWN = 200;
    private final AuditLog audit;
    private final UnitDirectory units;
    private final StaffAccounts staff;
    private final MessageSource messages;

    AuditPageController(AuditLog audit, UnitDirectory units, StaffAccounts staff, MessageSource messages) {
        this.audit = audit;
        this.units = units;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/console/audit")
    String audit(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember staff = principal.member();
        Set<String> visible = units.visibleUnitCodes(staff);
        boolean admin = staff.role() == org.gongkai.org.Role.ADMIN;
        List<AuditEntry> entries = audit.recent(SHOWN * 5).stream()
                .filter(e -> admin
                        || (e.unitCode() != null && visible.contains(e.unitCode()))
                        || staff.username().equals(e.actor()))
                .limit(SHOWN)
                .toList();
        model.addAttribute("entries", entries);
        Map<String, String> staffNames = new HashMap<>();
        this.staff.all().forEach(m -> staffNames.put(m.username(), m.displayName()));
        Map<String, String> unitNames = new HashMap<>();
        units.all().forEach(u -> unitNames.put(u.code(), u.name()));
        model.addAttribute("say", new AuditWording(messages, staffNames, unitNames));
        return "console/audit";
    }
}
