package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A notice file is read whole or not at all; each problem is named. */
class NoticeFileValidationTest {

    private static HolidayNotice parse(String json) {
        return NoticeJson.parse(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    private static InvalidNoticeException rejected(String json) {
        try {
            parse(json);
        } catch (InvalidNoticeException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void givenTheHolidayCnShape_whenParsing_thenEveryDayIsRead() throws Exception {
        Path file = Path.of("../shared/reference/holiday-cn/2024.json");
        byte[] json = Files.exists(file) ? Files.readAllBytes(file) : """
                {"year":2024,"papers":["https://www.gov.cn/notice"],"days":[{"name":"春节","date":"2024-02-04","isOffDay":false},
                {"name":"春节","date":"2024-02-10","isOffDay":true}]}""".getBytes(StandardCharsets.UTF_8);
        HolidayNotice n = NoticeJson.parse(json, "holiday-cn");
        assertThat(n.year()).isEqualTo(2024);
        assertThat(n.day(LocalDate.parse("2024-02-04")))
                .hasValueSatisfying(d -> assertThat(d.offDay()).isFalse());
        assertThat(n.day(LocalDate.parse("2024-02-10")))
                .hasValueSatisfying(d -> assertThat(d.offDay()).isTrue());
    }

    @Test
    void givenAWrittenNotice_whenReadBack_thenItIsTheSame() {
        HolidayNotice n = parse("""
                {"year":2027,"papers":["https://example.gov/notice"],"days":[
                 {"name":"元旦","date":"2027-01-01","isOffDay":true},
                 {"name":"元旦","date":"2026-12-26","isOffDay":false}]}""");
        HolidayNotice back = NoticeJson.parse(NoticeJson.write(n), "again");
        assertThat(back.days()).isEqualTo(n.days());
        assertThat(back.days().getFirst().date()).as("sorted by date").isEqualTo("2026-12-26");
        assertThat(back.papers()).containsExactly("https://example.gov/notice");
    }

    @Test
    void givenAnEmptyNotice_likeHolidayCns2027File_whenParsing_thenItIsRefused() {
        assertThat(rejected("{\"year\":2027,\"papers\":[],\"days\":[]}").problems())
                .extracting(NoticeProblem::messageCode)
                .containsExactly("calendar.notice.days-empty");
    }

    @Test
    void givenBadDatesWrongYearsDuplicatesAndMissingFields_whenParsing_thenEachIsNamed() {
        InvalidNoticeException e = rejected("""
                {"year":2027,"days":[
                 {"name":"元旦","date":"2027-02-30","isOffDay":true},
                 {"name":"春节","date":"2028-02-01","isOffDay":true},
                 {"name":"春节","date":"2026-11-30","isOffDay":true},
                 {"name":"春节","date":"2027-02-10","isOffDay":true},
                 {"name":"春节","date":"2027-02-10","isOffDay":false},
                 {"name":"","date":"2027-05-01"}]}""");
        assertThat(e.problems())
                .extracting(NoticeProblem::field, NoticeProblem::messageCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("days[0].date", "calendar.notice.day-date-invalid"),
                        org.assertj.core.groups.Tuple.tuple("days[1].date", "calendar.notice.day-wrong-year"),
                        org.assertj.core.groups.Tuple.tuple("days[2].date", "calendar.notice.day-wrong-year"),
                        org.assertj.core.groups.Tuple.tuple("days[4].date", "calendar.notice.day-duplicate"),
                        org.assertj.core.groups.Tuple.tuple("days[5].isOffDay", "calendar.notice.day-offday-missing"),
                        org.assertj.core.groups.Tuple.tuple("days[5].name", "calendar.notice.day-name-missing"));
    }

    @Test
    void givenAPaperThatIsNotAWebAddress_whenParsing_thenItIsRefused() {
        assertThat(rejected("""
                {"year":2027,"papers":["javascript:alert(1)"],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""").problems()).extracting(NoticeProblem::field).containsExactly("papers[0]");
    }

    @Test
    void givenNotJsonOrNoYear_whenParsing_thenItIsRefused() {
        assertThat(rejected("not json").problems())
                .extracting(NoticeProblem::messageCode)
                .containsExactly("calendar.notice.unreadable");
        assertThat(rejected("[1,2]").problems())
                .extracting(NoticeProblem::messageCode)
                .containsExactly("calendar.notice.unreadable");
        assertThat(rejected("{\"year\":\"2027\",\"days\":[{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}")
                        .problems())
                .extracting(NoticeProblem::messageCode)
                .containsExactly("calendar.notice.year-invalid");
        assertThatThrownBy(() -> parse("{\"year\":2027}")).isInstanceOf(InvalidNoticeException.class);
    }
}
