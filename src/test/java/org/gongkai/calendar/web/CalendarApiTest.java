package org.gongkai.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public calendar API answers like the command line: a date, 409 naming a missing year, 400 per field. */
@GongkaiTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return new Http(port).get(path);
    }

    @Test
    void givenALoadedYear_whenAskingPlus_thenTheDueDateComesBack() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/plus?date=2024-09-27&n=20");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"date\":\"2024-10-30\"");
    }

    @Test
    void givenAnUnloadedYear_whenAskingPlus_then409NamesTheYear() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/plus?date=2040-03-01&n=5");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(r.body()).contains("2040");
    }

    @Test
    void givenBadInput_whenAskingPlus_then400NamesEachField() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/plus?date=2024-02-30&n=-1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"date\"").contains("\"field\":\"n\"");
    }

    @Test
    void givenTheBundledYears_whenListingYears_thenEachIsThere() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/years");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"year\":2019").contains("\"year\":2026").contains("\"origin\":\"bundled\"");
    }
}
