package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form sent back with errors says so once at the top, in a summary whose links lead to the fields; each field
 * with an error is marked invalid and described by its message; an empty required field is asked for (「请填写…」,
 * 「请选择…」) rather than called wrong. Checked on the citizens' application form, the console's registration of
 * an application and the console's review-case form.
 */
@GongkaiTest
class FormErrorsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]+)</a></li>");

    @LocalServerPort
    int port;

    @Test
    void theApplicationFormLinksEachErrorToItsFieldAndAsksForWhatIsMissing() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = http.send(request("/portal/apply").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> r = http.send(
                request("/portal/apply")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)
                                + "&unitCode=&applicantType=natural_person&name=&idType=resident_id&idNumber="
                                + "&phone=&description=&delivery=post&address="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        String page = r.body();
        List<String[]> links = summaryOf(page);
        assertThat(links).extracting(l -> l[0]).contains("unitCode", "name", "idNumber", "description");
        assertEachLinkLeadsToAnInvalidFieldDescribedByItsMessage(page, links);
        assertThat(messageFor(links, "name")).startsWith("请填写");
        assertThat(messageFor(links, "unitCode")).startsWith("请选择");
        assertThat(page).doesNotContain("role=\"alert\" th:", "<span class=\"field-error\" role=\"alert\"");
    }

    @Test
    void consoleFormsUseTheSameSummaryAndFieldMarks() throws Exception {
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        HttpResponse<String> register = handler.post(
                "/console/requests/new",
                "/console/requests/new",
                Map.of("unitCode", "001008099013", "channel", "in_person", "receiptDate", "", "name", ""));
        assertThat(register.statusCode()).isEqualTo(400);
        List<String[]> registerLinks = summaryOf(register.body());
        assertThat(registerLinks).extracting(l -> l[0]).contains("name", "receiptDate");
        assertEachLinkLeadsToAnInvalidFieldDescribedByItsMessage(register.body(), registerLinks);

        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        HttpResponse<String> review = reviewer.post(
                "/console/reviews/new",
                "/console/reviews",
                Map.of("unitCode", "001008099013", "stage", "reconsideration", "caseNumber", "", "body", ""));
        List<String[]> reviewLinks = summaryOf(review.body());
        assertThat(reviewLinks).extracting(l -> l[0]).contains("caseNumber", "body");
        assertEachLinkLeadsToAnInvalidFieldDescribedByItsMessage(review.body(), reviewLinks);
        assertThat(messageFor(reviewLinks, "caseNumber")).startsWith("请填写");
    }

    private static List<String[]> summaryOf(String page) {
        int start = page.indexOf("<div class=\"error-summary\" role=\"alert\"");
        assertThat(start).as("an error summary").isNotNegative();
        assertThat(page.indexOf("<form", page.indexOf("<main")))
                .as("the summary above the form")
                .isGreaterThan(start);
        Matcher m = SUMMARY_LINK.matcher(page.substring(start, page.indexOf("</div>", start)));
        List<String[]> links = new ArrayList<>();
        while (m.find()) {
            links.add(new String[] {m.group(1), m.group(2)});
        }
        assertThat(page.substring(start)).contains("处需要修改");
        return links;
    }

    private static void assertEachLinkLeadsToAnInvalidFieldDescribedByItsMessage(String page, List<String[]> links) {
        for (String[] link : links) {
            Matcher field = Pattern.compile("<(?:input|select|textarea) id=\"" + Pattern.quote(link[0]) + "\"[^>]*>")
                    .matcher(page);
            assertThat(field.find()).as("a field with id " + link[0]).isTrue();
            assertThat(field.group()).as(link[0]).contains("aria-invalid=\"true\"");
            Matcher described = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(field.group());
            assertThat(described.find())
                    .as(link[0] + " described by its message")
                    .isTrue();
            boolean found = false;
            for (String id : described.group(1).split(" ")) {
                Matcher message = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]+)<")
                        .matcher(page);
                found |= message.find() && message.group(1).equals(link[1]);
            }
            assertThat(found).as(link[0] + " described by 「" + link[1] + "」").isTrue();
        }
    }

    private static String messageFor(List<String[]> links, String field) {
        return links.stream().filter(l -> l[0].equals(field)).findFirst().orElseThrow()[1];
    }

    /** From an address of its own (through this machine's proxy), so other tests' applications do not throttle it. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", "198.51.100.61");
    }
}
