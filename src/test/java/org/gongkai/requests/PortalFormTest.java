package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal form: every field labelled, no script needed, CSRF required. */
@GongkaiTest
class PortalFormTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyInputOfTheFormHasALabelAndThePageNeedsNoScript() throws Exception {
        String page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/apply")))
                .body();
        assertThat(page).doesNotContain("<script").contains("name=\"_csrf\"");
        Matcher ids =
                Pattern.compile("<(?:input|select|textarea) id=\"([^\"]+)\"").matcher(page);
        int inputs = 0;
        while (ids.find()) {
            inputs++;
            assertThat(page).as(ids.group(1)).contains("<label for=\"" + ids.group(1) + "\"");
        }
        assertThat(inputs).isGreaterThan(10);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from disclosure_request")
                .query(Long.class)
                .single();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/apply"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("unitCode=001008099013&applicantType=natural_person"
                        + "&name=x&idType=resident_id&idNumber=11010519491231002X&phone=13800000000"
                        + "&description=abcdefgh&delivery=post&address=y")));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from disclosure_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
