package org.gongkai.supervision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.supervision.Rectification;
import org.gongkai.supervision.Task;
import org.gongkai.supervision.TaskRepository;
import org.gongkai.supervision.TaskStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Console: rectification tasks, the unit's answer with its evidence file, and the office's decision. */
@Controller
class RectificationConsoleController {

    private final Rectification rectification;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final Clock clock;

    RectificationConsoleController(
            Rectification rectification, UnitDirectory units, ProblemPages problems, Clock clock) {
        this.rectification = rectification;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/supervision/tasks")
    String list(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        model.addAttribute("tasks", rectification.list(p.member()));
        model.addAttribute("counts", rectification.countsIn(p.member(), y));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        return "supervision/tasks";
    }

    @GetMapping("/console/supervision/tasks/{id:\\d+}")
    String task(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return page(p.member(), rectification.get(p.member(), id), Map.of(), model);
    }

    @PostMapping("/console/supervision/tasks/{id:\\d+}/answer")
    String answer(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String answer,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        try {
            boolean has = file != null && !file.isEmpty();
            rectification.answer(
                    p.member(),
                    id,
                    version,
                    answer,
                    has ? file.getOriginalFilename() : null,
                    has ? file.getBytes() : null);
            return "redirect:/console/supervision/tasks/" + id + "?answered";
        } catch (InvalidInputException e) {
            return page(
                    p.member(),
                    rectification.get(p.member(), id),
                    problems.show(e).fieldErrors(),
                    model);
        }
    }

    @PostMapping("/console/supervision/tasks/{id:\\d+}/decision")
    String decide(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam boolean accept,
            @RequestParam(defaultValue = "") String note,
            Model model) {
        try {
            rectification.decide(p.member(), id, version, accept, note);
            return "redirect:/console/supervision/tasks/" + id + (accept ? "?accepted" : "?returned");
        } catch (InvalidInputException e) {
            return page(
                    p.member(),
                    rectification.get(p.member(), id),
                    problems.show(e).fieldErrors(),
                    model);
        }
    }

    @GetMapping("/console/supervision/tasks/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id) {
        TaskRepository.StoredFile f = rectification.file(p.member(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.type()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    private String page(StaffMember staff, Task t, Map<String, String> errors, Model model) {
        model.addAttribute("task", t);
        model.addAttribute("errors", errors);
        model.addAttribute("office", staff.isReviewer());
        model.addAttribute(
                "mayAnswer",
                staff.mayChange() && (!staff.isReviewer() || staff.unitCode().equals(t.unitCode())));
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/task";
    }
}
