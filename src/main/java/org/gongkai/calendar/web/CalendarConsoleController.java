package org.gongkai.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.CalendarService;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.InvalidNoticeException;
import org.gongkai.calendar.MonthView;
import org.gongkai.calendar.NoticeProblem;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /console/calendar}: the loaded years, a month view, and (administrators) loading a new year's notice. */
@Controller
class CalendarConsoleController {

    static final long MAX_UPLOAD_BYTES = 1024 * 1024;
    private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A loaded year with its load time as text in the platform's zone. */
    record YearRow(CalendarYear y, String loadedAt) {}

    private final CalendarService calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarConsoleController(CalendarService calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/calendar")
    String page(
            @AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(required = false) String month,
            Model model) {
        fill(model, principal.member(), parseMonth(month), List.of());
        return "console/calendar";
    }

    @PostMapping("/console/calendar/import")
    String upload(
            @AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        StaffMember staff = principal.member();
        calendar.requireMayImport(staff);
        List<String> errors;
        if (file == null || file.isEmpty()) {
            errors = List.of(text("calendar.notice.file-missing"));
        } else if (file.getSize() > MAX_UPLOAD_BYTES) {
            errors = List.of(text("calendar.notice.file-too-large", MAX_UPLOAD_BYTES / 1024));
        } else {
            try {
                HolidayNotice n = calendar.importNotice(file.getBytes(), file.getOriginalFilename(), staff);
                redirect.addFlashAttribute(
                        "done",
                        text("calendar.upload.done", String.valueOf(n.year()), n.holidayCount(), n.makeUpDayCount()));
                return "redirect:/console/calendar?month=" + YearMonth.of(n.year(), 1);
            } catch (InvalidNoticeException e) {
                errors = e.problems().stream().map(this::text).toList();
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        fill(model, staff, YearMonth.now(clock), errors);
        return "console/calendar";
    }

    private void fill(Model model, StaffMember staff, YearMonth month, List<String> uploadErrors) {
        List<CalendarYear> years = calendar.years();
        model.addAttribute("staff", staff);
        model.addAttribute("mayUpload", staff.role() == Role.ADMIN);
        model.addAttribute(
                "years",
                years.stream()
                        .map(y -> new YearRow(
                                y,
                                y.loadedAt() == null
                                        ? ""
                                        : LOADED_AT.format(y.loadedAt().atZone(clock.getZone()))))
                        .toList());
        model.addAttribute("nextMissingYear", firstGap(years));
        model.addAttribute("view", MonthView.of(calendar.calendar(), month));
        model.addAttribute("prevMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("uploadErrors", uploadErrors);
        model.addAttribute(
                "errors",
                uploadErrors.isEmpty()
                        ? Map.of()
                        : Map.of(
                                "file",
                                uploadErrors.size() == 1
                                        ? uploadErrors.get(0)
                                        : text("calendar.upload.failed") + String.join(" ", uploadErrors)));
    }

    /** The first year after the earliest loaded one that has no notice: the next one to load. */
    private int firstGap(List<CalendarYear> years) {
        if (years.isEmpty()) {
            return LocalDate.now(clock).getYear();
        }
        int year = years.getFirst().year();
        while (calendar.calendar().isLoaded(year)) {
            year++;
        }
        return year;
    }

    private YearMonth parseMonth(String month) {
        if (month != null && !month.isBlank()) {
            try {
                YearMonth m = YearMonth.parse(month.strip());
                if (m.getYear() >= 1950 && m.getYear() <= 2200) {
                    return m;
                }
            } catch (DateTimeException e) {
                // fall through to the current month
            }
        }
        return YearMonth.now(clock);
    }

    private String text(NoticeProblem p) {
        return text(p.messageCode(), p.args().stream().map(String::valueOf).toArray());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, China.LOCALE);
    }
}
