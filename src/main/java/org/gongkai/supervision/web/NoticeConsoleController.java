package org.gongkai.supervision.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.supervision.Notice;
import org.gongkai.supervision.Notices;
import org.gongkai.supervision.Rectification;
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

/** Console: notices (通报) issued from a round's findings, their tasks, and their PDF and DOCX. */
@Controller
class NoticeConsoleController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final Notices notices;
    private final Rectification rectification;
    private final SupervisionConsoleController rounds;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final Clock clock;

    NoticeConsoleController(
            Notices notices,
            Rectification rectification,
            SupervisionConsoleController rounds,
            UnitDirectory units,
            ProblemPages problems,
            Clock clock) {
        this.notices = notices;
        this.rectification = rectification;
        this.rounds = rounds;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    @PostMapping("/console/supervision/rounds/{id}/notice")
    String issue(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam String body,
            @RequestParam(required = false) List<Long> findingIds,
            @RequestParam String workingDays,
            @RequestParam(defaultValue = "false") boolean publish,
            Model model) {
        try {
            Notice n = notices.issue(
                    p.member(),
                    new Notices.NoticeForm(title, body, findingIds, workingDays, publish),
                    LocalDate.now(clock));
            return "redirect:/console/supervision/notices/" + n.id();
        } catch (InvalidInputException e) {
            return rounds.roundPage(p.member(), id, problems.show(e).fieldErrors(), model);
        }
    }

    @GetMapping("/console/supervision/notices")
    String list(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute("notices", notices.list(p.member()));
        return "supervision/notices";
    }

    @GetMapping("/console/supervision/notices/{id:\\d+}")
    String notice(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        Notice n = notices.get(p.member(), id);
        model.addAttribute("notice", n);
        model.addAttribute(
                "tasks",
                rectification.list(p.member()).stream()
                        .filter(t -> t.noticeId() != null && t.noticeId() == id)
                        .toList());
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/notice-page";
    }

    @GetMapping("/console/supervision/notices/{id:\\d+}.{format:pdf|docx}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, @PathVariable String format) {
        return file(notices, notices.get(p.member(), id), format);
    }

    static ResponseEntity<byte[]> file(Notices notices, Notice n, String format) {
        boolean pdf = format.equals("pdf");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(n.number().replaceAll("[〔〕]", "") + "." + format, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf ? notices.pdf(n) : notices.docx(n));
    }
}
