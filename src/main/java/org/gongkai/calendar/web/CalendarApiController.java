package org.gongkai.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.CalendarService;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar as public JSON: the loaded years and the Nth working day after a date. */
@RestController
class CalendarApiController {

    private static final int MAX_DAYS = 3660;

    private final CalendarService calendar;

    CalendarApiController(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** Every loaded year: {@code [{"year", "origin", "holidays", "makeUpDays", "papers"}]}. */
    @GetMapping("/api/v1/calendar/years")
    List<Map<String, Object>> years() {
        return calendar.years().stream()
                .map(y -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("year", y.year());
                    m.put("origin", y.origin());
                    m.put("holidays", y.notice().holidayCount());
                    m.put("makeUpDays", y.notice().makeUpDayCount());
                    m.put("papers", y.notice().papers());
                    return m;
                })
                .toList();
    }

    /**
     * {@code ?date=2024-09-27&n=20} → {@code {"from": "2024-09-27", "workingDays": 20, "date": "2024-10-30"}};
     * 409 naming the year when a needed year's notice is not loaded.
     */
    @GetMapping("/api/v1/calendar/plus")
    Map<String, Object> plus(@RequestParam(required = false) String date, @RequestParam(required = false) String n) {
        LocalDate from = null;
        Integer days = null;
        List<InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>();
        try {
            from = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            problems.add(
                    new InvalidInputException.FieldProblem("date", "calendar.cli.bad-date", date == null ? "" : date));
        }
        try {
            days = Integer.parseInt(n == null ? "" : n.strip());
        } catch (NumberFormatException e) {
            days = null;
        }
        if (days == null || days < 0 || days > MAX_DAYS) {
            problems.add(new InvalidInputException.FieldProblem(
                    "n", "calendar.cli.bad-count", n == null ? "" : n, String.valueOf(MAX_DAYS)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", from.toString());
            m.put("workingDays", days);
            m.put("date", calendar.plusWorkingDays(from, days).toString());
            return m;
        } catch (MissingCalendarYearException e) {
            throw new ConflictException("calendar.cli.missing-year", String.valueOf(e.year()));
        }
    }
}
