package org.gongkai.console.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.Passwords;
import org.gongkai.org.Role;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.StaffAdministration;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitAdministration;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitImport;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitSplits;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /console/units}: the government's unit tree and its staff, as far as the viewer may see; administrators
 * create, rename, deactivate and import units and create, disable and re-enable accounts here. A refused form is
 * re-rendered with the problem beside its field (keys {@code <form>.<field>}).
 */
@Controller
class UnitsPageController {

    /** A unit row: the unit and the names it had before. */
    record UnitRow(Unit unit, List<org.gongkai.org.FormerName> formerNames) {}

    private final UnitDirectory units;
    private final StaffAccounts staff;
    private final UnitAdministration unitAdmin;
    private final StaffAdministration staffAdmin;
    private final UnitImport imports;
    private final ProblemPages problems;
    private final Passwords passwords;
    private final UnitSplits splits;

    UnitsPageController(
            UnitDirectory units,
            StaffAccounts staff,
            UnitAdministration unitAdmin,
            StaffAdministration staffAdmin,
            UnitImport imports,
            ProblemPages problems,
            Passwords passwords,
            UnitSplits splits) {
        this.units = units;
        this.staff = staff;
        this.unitAdmin = unitAdmin;
        this.staffAdmin = staffAdmin;
        this.imports = imports;
        this.problems = problems;
        this.passwords = passwords;
        this.splits = splits;
    }

    @GetMapping("/console/units")
    String units(
            @AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(required = false) String done,
            Model model) {
        return page(principal.member(), Map.of(), Map.of(), done, model);
    }

    @PostMapping("/console/units")
    String create(@AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        return attempt(
                p.member(),
                "create",
                form,
                model,
                () -> unitAdmin.create(
                        p.member(),
                        new UnitAdministration.NewUnit(
                                form.get("code"), form.get("name"), form.get("parentCode"), form.get("kind"))));
    }

    @PostMapping("/console/units/{code}")
    String change(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Model model) {
        return attempt(p.member(), "unit-" + code, form, model, () -> {
            String name = blankToNull(form.get("name"));
            Boolean active = form.containsKey("active") ? Boolean.valueOf(form.get("active")) : null;
            unitAdmin.change(
                    p.member(), code, new UnitAdministration.UnitChange(name, date(form.get("from")), null, active));
        });
    }

    @PostMapping("/console/units/merge")
    String merge(@AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        return attempt(
                p.member(),
                "merge",
                form,
                model,
                () -> unitAdmin.merge(p.member(), form.get("from"), form.get("into"), form.get("decision")));
    }

    /**
     * A split from the console: successors ticked, the default chosen, named cases and items one per line
     * ({@code 跟踪码 单位代码}, {@code 事项编号 单位代码}).
     */
    @PostMapping("/console/units/split")
    String split(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "successors", required = false) List<String> successors,
            Model model) {
        return attempt(
                p.member(),
                "split",
                form,
                model,
                () -> splits.split(
                        p.member(),
                        form.getOrDefault("from", ""),
                        new UnitSplits.SplitOrder(
                                successors == null ? List.of() : successors,
                                form.get("default"),
                                SplitLines.parse("cases", form.get("cases")),
                                SplitLines.parse("items", form.get("items")),
                                Map.of(),
                                form.get("decision"))));
    }

    @PostMapping("/console/units/import")
    String importUnits(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? "" : file.getOriginalFilename();
        return attempt(p.member(), "import", Map.of(), model, () -> {
            if (content.length == 0) {
                throw InvalidInputException.of("file", "unit.import.empty");
            }
            imports.importFile(p.member(), name, content);
        });
    }

    @PostMapping("/console/staff")
    String createStaff(@AuthenticationPrincipal StaffPrincipal p, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> shown = new LinkedHashMap<>(form);
        shown.remove("password");
        return attempt(
                p.member(),
                "staff",
                shown,
                model,
                () -> staffAdmin.create(
                        p.member(),
                        new StaffAdministration.NewAccount(
                                form.get("username"),
                                form.get("name"),
                                form.get("password"),
                                form.get("role"),
                                form.get("unitCode"))));
    }

    @PostMapping("/console/staff/{username}/enabled")
    String enable(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String username,
            @RequestParam boolean enabled,
            Model model) {
        return attempt(
                p.member(),
                "account-" + username,
                Map.of(),
                model,
                () -> staffAdmin.setEnabled(p.member(), username, enabled));
    }

    @PostMapping("/console/staff/{username}/handover")
    String handOver(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String username,
            @RequestParam Map<String, String> form,
            Model model) {
        return attempt(
                p.member(),
                "handover-" + username,
                form,
                model,
                () -> staffAdmin.handOver(p.member(), username, form.get("to"), form.get("reason")));
    }

    @PostMapping("/console/staff/{username}/password")
    String resetPassword(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String username,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        return attempt(
                p.member(),
                "password-" + username,
                Map.of(),
                model,
                () -> passwords.reset(p.member(), username, password));
    }

    private String attempt(StaffMember me, String formName, Map<String, String> form, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/console/units?done=" + formName;
        } catch (ForbiddenException e) {
            throw e;
        } catch (ProblemException e) {
            ProblemPages.Shown shown = problems.show(e);
            Map<String, String> errors = new LinkedHashMap<>();
            shown.fieldErrors().forEach((field, message) -> errors.put(formName + "." + field, message));
            if (errors.isEmpty()) {
                errors.put(formName, shown.message());
            }
            Map<String, String> values = new LinkedHashMap<>();
            form.forEach((k, v) -> values.put(formName + "." + k, v));
            return page(me, errors, values, null, model);
        }
    }

    private String page(
            StaffMember me, Map<String, String> errors, Map<String, String> values, String done, Model model) {
        Set<String> visible = units.visibleUnitCodes(me);
        List<UnitRow> shown = units.all().stream()
                .filter(u -> visible.contains(u.code()))
                .map(u -> new UnitRow(u, units.formerNames(u.code())))
                .toList();
        model.addAttribute("rows", shown);
        model.addAttribute(
                "staff",
                staff.accounts().stream()
                        .filter(s -> visible.contains(s.unitCode()))
                        .toList());
        model.addAttribute("admin", me.role() == Role.ADMIN);
        model.addAttribute(
                "kinds", List.of(UnitKind.GOVERNMENT_OFFICE, UnitKind.DEPARTMENT, UnitKind.TOWN, UnitKind.STREET));
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("done", done);
        return "console/units";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("from", "unit.error.from", "—");
        }
    }
}
