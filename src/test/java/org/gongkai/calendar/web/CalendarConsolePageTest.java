package org.gongkai.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's calendar page: everyone logged in sees it; only an administrator loads a notice. */
@GongkaiTest
class CalendarConsolePageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    AuditLog audit;

    /** A browser-like session: cookies kept, HTTP basic credentials on every request. */
    final class Session {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String auth;

        Session(String user) {
            auth = Http.bearer(port, user);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", auth)
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String fileName, String json) throws Exception {
            Matcher m = CSRF.matcher(get("/console/calendar").body());
            assertThat(m.find()).as("the page carries a CSRF token").isTrue();
            String boundary = "----gongkai" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + m.group(1)
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName
                            + "\"\r\nContent-Type: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(json.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/calendar/import"))
                            .header("Authorization", auth)
                            .header("Accept", "text/html")
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void givenAHandler_whenOpeningTheMonthView_thenHolidaysAndMakeUpDaysAreMarkedButThereIsNoUpload() throws Exception {
        HttpResponse<String> r = new Session("zhujian").get("/console/calendar?month=2024-10");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("2019")
                .contains("2026")
                .contains("随系统提供")
                .contains("2024 年 10 月")
                .containsPattern(
                        "class=\"day-off\" data-date=\"2024-10-01\">\\s*<span class=\"day-number\">1</span>\\s*"
                                + "<span class=\"day-label\">国庆节 放假</span>")
                .containsPattern("class=\"day-makeup\" data-date=\"2024-10-12\">")
                .containsPattern("class=\"day-weekend\" data-date=\"2024-10-19\">")
                .contains("2027 年的通知尚未载入")
                .doesNotContain("name=\"file\"");
        assertThat(new Session("zhujian").get("/console/calendar?month=2027-03").body())
                .contains("2027 年的节假日安排尚未载入");
    }

    @Test
    void givenAnAdministrator_whenUploadingAGoodNotice_thenTheYearIsLoadedRecordedAndUsedAtOnce() throws Exception {
        assertThatMissing(LocalDate.parse("2035-02-01"));
        HttpResponse<String> r = new Session("admin").upload("2035.json", """
                {"year":2035,"papers":["https://www.gov.cn/notice-2035"],"days":[
                 {"name":"元旦","date":"2035-01-01","isOffDay":true},
                 {"name":"春节","date":"2035-02-08","isOffDay":true},
                 {"name":"春节","date":"2035-02-09","isOffDay":true},
                 {"name":"春节","date":"2035-02-10","isOffDay":false}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("month=2035-01"));

        assertThat(calendar.isWorkingDay(LocalDate.parse("2035-02-10")))
                .as("make-up Saturday")
                .isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2035-02-07"), 1)).isEqualTo("2035-02-10");
        assertThat(audit.forEntity("calendar_year", "2035")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("calendar.import");
            assertThat(e.actor()).isEqualTo("admin");
        });
        assertThat(new Session("admin").get("/console/calendar?month=2035-02").body())
                .contains("工作台上传")
                .containsPattern("class=\"day-makeup\" data-date=\"2035-02-10\">");
    }

    @Test
    void givenAnAdministrator_whenUploadingABadNotice_thenEachProblemIsShownByTheFieldAndNothingIsLoaded()
            throws Exception {
        HttpResponse<String> r = new Session("admin").upload("2036.json", """
                {"year":2036,"days":[{"name":"元旦","date":"2036-01-01","isOffDay":true},
                 {"name":"元旦","date":"2036-01-01","isOffDay":true},
                 {"name":"春节","date":"2037-01-28","isOffDay":true},
                 {"name":"春节","date":"2036-02-31","isOffDay":true}]}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("id=\"file-errors\"")
                .contains("2036-01-01 重复出现")
                .contains("2037-01-28")
                .contains("2036-02-31");
        assertThatMissing(LocalDate.parse("2036-03-02"));

        HttpResponse<String> notJson = new Session("admin").upload("x.json", "this is not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("不是有效的 JSON");
    }

    @Test
    void givenAHandler_whenUploading_thenForbiddenAndTheAttemptIsRecorded() throws Exception {
        HttpResponse<String> r = new Session("chengguan").upload("2037.json", """
                {"year":2037,"days":[{"name":"元旦","date":"2037-01-01","isOffDay":true}]}""");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThatMissing(LocalDate.parse("2037-03-02"));
        assertThat(audit.recent(200)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("denied.calendar.import");
            assertThat(e.actor()).isEqualTo("chengguan");
        });
    }

    private void assertThatMissing(LocalDate date) {
        try {
            calendar.isWorkingDay(date);
            throw new AssertionError(date + " should not be loaded");
        } catch (MissingCalendarYearException e) {
            assertThat(e.year()).isEqualTo(date.getYear());
        }
    }
}
