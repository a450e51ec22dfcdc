package org.gongkai.console.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.Role;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.audit.AuditSearch;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log as staff may see it: entries of the units they may see and their own (administrators see
 * everything), newest first, {@value #PAGE} to a page, narrowed by person, kind (changes or refusals) and days.
 */
@Controller
class AuditPageController {

    static final int PAGE = 50;
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
    String audit(
            @AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Long before,
            Model model,
            HttpServletResponse response) {
        StaffMember viewer = principal.member();
        boolean admin = viewer.role() == Role.ADMIN;
        Set<String> visible = admin ? null : units.visibleUnitCodes(viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", say("console.audit.error.to-before-from"));
        }
        AuditSearch.Kind k = kindOf(kind);
        List<StaffMember> everyone = staff.all();
        List<StaffMember> people = everyone.stream()
                .filter(m ->
                        admin || visible.contains(m.unitCode()) || m.username().equals(viewer.username()))
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        List<AuditEntry> entries = errors.isEmpty()
                ? audit.search(new AuditSearch(visible, viewer.username(), who, k, fromDay, toDay, before, PAGE + 1))
                : List.of();
        boolean more = entries.size() > PAGE;
        entries = more ? entries.subList(0, PAGE) : entries;
        model.addAttribute("entries", entries);
        model.addAttribute("older", more ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("paged", before != null);
        model.addAttribute("people", people);
        model.addAttribute("kinds", AuditSearch.Kind.values());
        model.addAttribute("actor", who);
        model.addAttribute("kind", k);
        model.addAttribute("from", from == null ? "" : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        Map<String, String> staffNames = new HashMap<>();
        everyone.forEach(m -> staffNames.put(m.username(), m.displayName()));
        Map<String, String> unitNames = new HashMap<>();
        units.all().forEach(u -> unitNames.put(u.code(), u.name()));
        model.addAttribute("say", new AuditWording(messages, staffNames, unitNames));
        return "console/audit";
    }

    private LocalDate day(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, say("console.audit.error." + field));
            return null;
        }
    }

    private static AuditSearch.Kind kindOf(String kind) {
        for (AuditSearch.Kind k : AuditSearch.Kind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return k;
            }
        }
        return AuditSearch.Kind.ALL;
    }

    private String say(String key) {
        return messages.getMessage(key, null, China.LOCALE);
    }
}
