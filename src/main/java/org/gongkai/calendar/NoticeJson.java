package org.gongkai.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a holiday notice in the holiday-cn JSON shape: {@code {"year": 2024, "papers": [...],
 * "days": [{"name": "春节", "date": "2024-02-04", "isOffDay": false}, ...]}}. Reading validates everything and
 * reports every problem at once; a file with any problem yields no notice.
 */
public final class NoticeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_DAYS = 366;
    private static final int MAX_NAME = 60;

    private NoticeJson() {}

    public static HolidayNotice parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw invalid(NoticeProblem.of("file", "calendar.notice.unreadable"));
        }
        if (root == null || !root.isObject()) {
            throw invalid(NoticeProblem.of("file", "calendar.notice.unreadable"));
        }
        List<NoticeProblem> problems = new ArrayList<>();
        JsonNode yearNode = root.get("year");
        Integer year = null;
        if (yearNode == null
                || !yearNode.isIntegralNumber()
                || yearNode.intValue() < 1950
                || yearNode.intValue() > 2200) {
            problems.add(NoticeProblem.of("year", "calendar.notice.year-invalid"));
        } else {
            year = yearNode.intValue();
        }
        List<String> papers = new ArrayList<>();
        JsonNode papersNode = root.get("papers");
        if (papersNode != null && papersNode.isArray()) {
            for (int i = 0; i < papersNode.size(); i++) {
                JsonNode p = papersNode.get(i);
                String url = p.isString() ? p.stringValue().strip() : "";
                if (url.matches("https?://[^\\s<>\"]{1,500}")) {
                    papers.add(url);
                } else {
                    problems.add(NoticeProblem.of("papers[" + i + "]", "calendar.notice.paper-invalid", i + 1));
                }
            }
        }
        JsonNode daysNode = root.get("days");
        List<CalendarDay> days = new ArrayList<>();
        if (daysNode == null || !daysNode.isArray()) {
            problems.add(NoticeProblem.of("days", "calendar.notice.days-missing"));
        } else if (daysNode.isEmpty()) {
            problems.add(NoticeProblem.of("days", "calendar.notice.days-empty"));
        } else if (daysNode.size() > MAX_DAYS) {
            problems.add(NoticeProblem.of("days", "calendar.notice.days-too-many", MAX_DAYS));
        } else {
            readDays(daysNode, year, days, problems);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems.toArray(NoticeProblem[]::new));
        }
        return new HolidayNotice(year, source, papers, days);
    }

    private static void readDays(
            JsonNode daysNode, Integer year, List<CalendarDay> days, List<NoticeProblem> problems) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < daysNode.size(); i++) {
            JsonNode d = daysNode.get(i);
            String at = "days[" + i + "]";
            if (!d.isObject()) {
                problems.add(NoticeProblem.of(at, "calendar.notice.day-not-object", i + 1));
                continue;
            }
            JsonNode dateNode = d.get("date");
            LocalDate date = null;
            try {
                date = dateNode != null && dateNode.isString() ? LocalDate.parse(dateNode.stringValue()) : null;
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                problems.add(NoticeProblem.of(
                        at + ".date",
                        "calendar.notice.day-date-invalid",
                        i + 1,
                        dateNode == null ? "" : dateNode.asString("")));
            } else if (year != null && !HolidayNotice.belongsTo(date, year)) {
                problems.add(
                        NoticeProblem.of(at + ".date", "calendar.notice.day-wrong-year", i + 1, date.toString(), year));
            } else if (!seen.add(date)) {
                problems.add(NoticeProblem.of(at + ".date", "calendar.notice.day-duplicate", i + 1, date.toString()));
            }
            JsonNode off = d.get("isOffDay");
            if (off == null || !off.isBoolean()) {
                problems.add(NoticeProblem.of(at + ".isOffDay", "calendar.notice.day-offday-missing", i + 1));
            }
            JsonNode name = d.get("name");
            if (name == null || !name.isString() || name.stringValue().isBlank()) {
                problems.add(NoticeProblem.of(at + ".name", "calendar.notice.day-name-missing", i + 1));
            } else if (name.stringValue().strip().length() > MAX_NAME) {
                problems.add(NoticeProblem.of(at + ".name", "calendar.notice.day-name-too-long", i + 1, MAX_NAME));
            }
            if (date != null
                    && off != null
                    && off.isBoolean()
                    && name != null
                    && name.isString()
                    && !name.stringValue().isBlank()) {
                days.add(new CalendarDay(date, off.booleanValue(), name.stringValue()));
            }
        }
    }

    public static byte[] write(HolidayNotice notice) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("year", notice.year());
        root.put("source", notice.source());
        ArrayNode papers = root.putArray("papers");
        notice.papers().forEach(papers::add);
        ArrayNode days = root.putArray("days");
        for (CalendarDay d : notice.days()) {
            days.addObject()
                    .put("date", d.date().toString())
                    .put("isOffDay", d.offDay())
                    .put("name", d.name());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static InvalidNoticeException invalid(NoticeProblem... problems) {
        return new InvalidNoticeException(List.of(problems));
    }
}
