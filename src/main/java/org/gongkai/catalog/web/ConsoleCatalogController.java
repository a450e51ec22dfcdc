package org.gongkai.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogRepository;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.InterpretationForm;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.ItemStatus;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.catalog.StandardEntry;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The console's catalogue pages: the list, drafting and the item page with its actions. */
@Controller
class ConsoleCatalogController {

    private final CatalogWorkflow workflow;
    private final CatalogRepository items;
    private final StandardCatalog standard;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ProblemPages problems;
    private final Clock clock;
    private final CatalogColumns columns;

    ConsoleCatalogController(
            CatalogWorkflow workflow,
            CatalogRepository items,
            StandardCatalog standard,
            UnitDirectory units,
            MessageSource messages,
            ProblemPages problems,
            Clock clock,
            CatalogColumns columns) {
        this.columns = columns;
        this.workflow = workflow;
        this.items = items;
        this.standard = standard;
        this.units = units;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("modes", DisclosureMode.values());
        model.addAttribute("forms", InterpretationForm.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("areas", StandardEntry.AREAS);
    }

    @GetMapping("/console/catalog")
    String list(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        StaffMember staff = p.member();
        ItemStatus s = parseStatus(status);
        var visible = units.visibleUnitCodes(staff);
        model.addAttribute("staff", staff);
        model.addAttribute("status", s);
        model.addAttribute(
                "page",
                items.list(new ItemFilter(visible, s, false, null, null, null, null, null, Math.max(0, page - 1), 30)));
        model.addAttribute("unitNames", unitNames());
        return "console/catalog/list";
    }

    @GetMapping("/console/catalog/lacking-interpretation")
    String lacking(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute("items", items.lackingInterpretation(units.visibleUnitCodes(p.member()), 200));
        model.addAttribute("unitNames", unitNames());
        return "console/catalog/lacking";
    }

    @GetMapping("/console/catalog/new")
    String newForm(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        return form(p.member(), ItemForm.blank(p.member().unitCode(), LocalDate.now(clock)), null, Map.of(), model);
    }

    @PostMapping("/console/catalog")
    ModelAndView create(@AuthenticationPrincipal StaffPrincipal p, @ModelAttribute ItemForm form, Model model) {
        try {
            CatalogItem item = workflow.create(p.member(), form.toContent());
            return new ModelAndView("redirect:/console/catalog/" + item.id());
        } catch (InvalidInputException e) {
            return invalid(form(p.member(), form, null, problems.show(e).fieldErrors(), model));
        }
    }

    @GetMapping("/console/catalog/{id}/edit")
    String editForm(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        CatalogItem item = workflow.load(p.member(), id);
        return form(p.member(), ItemForm.of(item), id, Map.of(), model);
    }

    @PostMapping("/console/catalog/{id}")
    ModelAndView revise(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @ModelAttribute ItemForm form,
            Model model) {
        CatalogItem existing = workflow.load(p.member(), id);
        ItemForm fixedUnit = new ItemForm(
                existing.unitCode(),
                form.title(),
                form.docNumber(),
                form.docType(),
                form.writtenOn(),
                form.article20Item(),
                form.column(),
                form.mode(),
                form.withheldReason(),
                form.body(),
                form.topics(),
                form.standardEntryId(),
                form.interpretationForm());
        try {
            workflow.revise(p.member(), id, fixedUnit.toContent());
            return new ModelAndView("redirect:/console/catalog/" + id);
        } catch (InvalidInputException e) {
            return invalid(form(p.member(), fixedUnit, id, problems.show(e).fieldErrors(), model));
        }
    }

    @GetMapping("/console/catalog/{id}")
    String item(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return itemPage(p.member(), id, Map.of(), model);
    }

    String itemPage(StaffMember staff, long id, Map<String, String> errors, Model model) {
        CatalogItem item = workflow.load(staff, id);
        model.addAttribute("staff", staff);
        model.addAttribute("item", item);
        model.addAttribute(
                "unitName", units.find(item.unitCode()).map(u -> u.name()).orElse(item.unitCode()));
        model.addAttribute("attachments", items.attachments(id));
        model.addAttribute("interpretations", items.interpretationsOf(id));
        model.addAttribute("explains", items.documentsExplainedBy(id));
        model.addAttribute(
                "standardEntry",
                item.content().standardEntryId() == null
                        ? null
                        : standard.find(item.content().standardEntryId()).orElse(null));
        model.addAttribute("allowed", item.allowedSteps(staff));
        model.addAttribute("history", items.history(id));
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "console/catalog/item";
    }

    private String form(StaffMember staff, ItemForm form, Long id, Map<String, String> errors, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("columns", columns.treeOfUnit(staff.unitCode()));
        model.addAttribute("errors", errors);
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> units.maySee(staff, u.code())).toList());
        return "console/catalog/form";
    }

    static ModelAndView invalid(String view) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(HttpStatus.BAD_REQUEST);
        return mav;
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new java.util.HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    private static ItemStatus parseStatus(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
