package org.gongkai.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.supervision.ItemCategory;
import org.gongkai.supervision.SupervisedItem;
import org.gongkai.supervision.SupervisedItems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console and portal pages of 督办 items: list, opening (office), progress reports (assigned units). */
@Controller
class ItemsConsoleController {

    private final SupervisedItems items;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final Clock clock;

    ItemsConsoleController(SupervisedItems items, UnitDirectory units, ProblemPages problems, Clock clock) {
        this.items = items;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/supervision/items")
    String list(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        return listPage(
                p.member(),
                new SupervisedItems.ItemForm(ItemCategory.LIVELIHOOD_PROJECT.name(), "", "", "", "", false),
                Map.of(),
                model);
    }

    @PostMapping("/console/supervision/items")
    String open(@AuthenticationPrincipal StaffPrincipal p, @ModelAttribute SupervisedItems.ItemForm f, Model model) {
        try {
            SupervisedItem i = items.open(p.member(), f);
            return "redirect:/console/supervision/items/" + i.id();
        } catch (InvalidInputException e) {
            return listPage(p.member(), f, problems.show(e).fieldErrors(), model);
        }
    }

    private String listPage(StaffMember staff, SupervisedItems.ItemForm f, Map<String, String> errors, Model model) {
        model.addAttribute("items", items.list(staff));
        model.addAttribute("form", f);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ItemCategory.values());
        model.addAttribute("office", staff.isReviewer());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        return "supervision/items";
    }

    @GetMapping("/console/supervision/items/{id:\\d+}")
    String item(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return itemPage(p.member(), items.get(p.member(), id), Map.of(), model);
    }

    @PostMapping("/console/supervision/items/{id:\\d+}/progress")
    String report(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam String unitCode,
            @RequestParam String text,
            @RequestParam(required = false) Long milestoneId,
            Model model) {
        try {
            items.report(p.member(), id, unitCode, text, milestoneId);
            return "redirect:/console/supervision/items/" + id + "?reported";
        } catch (InvalidInputException e) {
            return itemPage(
                    p.member(), items.get(p.member(), id), problems.show(e).fieldErrors(), model);
        }
    }

    private String itemPage(StaffMember staff, SupervisedItem item, Map<String, String> errors, Model model) {
        var visible = units.visibleUnitCodes(staff);
        model.addAttribute("item", item);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "myUnits",
                item.unitCodes().stream()
                        .filter(u -> staff.mayChange()
                                && visible.contains(u)
                                && (!staff.isReviewer() || staff.unitCode().equals(u)))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        return "supervision/item";
    }

    @GetMapping("/portal/supervision/items")
    String portal(Model model) {
        model.addAttribute("items", items.published());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        return "supervision/portal-items";
    }
}
