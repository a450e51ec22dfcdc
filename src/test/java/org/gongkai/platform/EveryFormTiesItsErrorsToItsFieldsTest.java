package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.gongkai.support.Multipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form of the portal and the console follows one rule for its errors: each message is tied to its field
 * ({@code aria-invalid="true"}, {@code aria-describedby} naming the message), a summary at the top links to each
 * field by its id, and a field left empty is asked for (「请填写…」, 「请选择…」) rather than called wrong. The
 * templates are read for fields without the mark ({@code gk:field}); then every form the demo roles reach is sent
 * empty over HTTP and each page that comes back is read with jsoup.
 */
@GongkaiTest
class EveryFormTiesItsErrorsToItsFieldsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> CONSOLE_PAGES = List.of(
            "/console/requests",
            "/console/requests/new",
            "/console/requests/review-settings",
            "/console/letter-settings",
            "/console/catalog",
            "/console/catalog/new",
            "/console/catalog/columns",
            "/console/catalog/standard",
            "/console/catalog/import",
            "/console/reviews",
            "/console/reviews/new",
            "/console/messages",
            "/console/messages/settings",
            "/console/consultations",
            "/console/consultations/new",
            "/console/annual-reports",
            "/console/annual-reports/statistics",
            "/console/report-reading",
            "/console/report-reading/audit",
            "/console/calendar",
            "/console/units",
            "/console/guide",
            "/console/guide/office",
            "/console/password",
            "/console/voice/reading-points",
            "/console/voice/figures",
            "/console/voice/responses",
            "/console/voice/media-accounts",
            "/console/voice/decisions",
            "/console/voice/power-lists",
            "/console/supervision",
            "/console/supervision/rounds",
            "/console/supervision/tasks",
            "/console/supervision/assessment",
            "/console/supervision/assessment/scheme",
            "/console/supervision/items");
    private static final List<String> PORTAL_PAGES = List.of(
            "/portal/apply",
            "/portal/track",
            "/portal/messages/new",
            "/portal/messages/track",
            "/portal/consultations");
    /** One page of each kind a list links to. */
    private static final Pattern DETAIL = Pattern.compile(
            "href=\"(/(?:console/(?:requests/\\d+|catalog/\\d+|annual-reports/[^/\"]+/\\d{4}|annual-reports/statistics/[^/\"]+/\\d{4}"
                    + "|messages/\\d+|consultations/\\d+|reviews/\\d+|supervision/(?:findings|rounds|tasks|items)/\\d+)"
                    + "|portal/consultations/\\d+))\"");
    /**
     * Forms that act on a shared demo record with nothing required to fill in — an optional note or a choice is a
     * complete answer (approve, publish, moderate, adopt, decide, reopen, check, close) — are not sent here: each
     * module's own tests refuse their bad input.
     */
    private static final Pattern NOT_SENT = Pattern.compile("/logout|/search-rebuild|/(?:enabled|delete|submit|approve"
            + "|publish|moderate|adopt|decision|reopen|checks|close|self-inspection|import/\\d+)$");

    private static final Set<String> TEXT_TYPES =
            Set.of("", "text", "date", "number", "email", "tel", "password", "search", "url", "file", "month");

    @LocalServerPort
    int port;

    @Test
    void everyFieldOfEveryPostedFormIsTiedToItsError() throws IOException {
        List<String> unmarked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(file).toString();
                Document template = Jsoup.parse(Files.readString(file));
                for (Element form : template.select("form[method=post]")) {
                    for (Element field : form.select("input, select, textarea")) {
                        String type = field.attr("type");
                        boolean named = field.hasAttr("name") || field.hasAttr("th:name");
                        boolean choice = type.equals("checkbox") || type.equals("radio");
                        boolean plain =
                                Set.of("hidden", "submit", "button", "reset").contains(type);
                        if (named && !plain && !field.hasAttr("gk:field") && !(choice && marksItsGroup(field))) {
                            unmarked.add(name + ": " + field.outerHtml());
                        }
                    }
                }
            }
        }
        assertThat(unmarked).as("fields whose errors nothing ties to them").isEmpty();
    }

    /** A set of check boxes or radio buttons is marked once, on the group around them (its fieldset or region). */
    private static boolean marksItsGroup(Element choice) {
        return choice.parents().stream()
                .takeWhile(e -> !e.tagName().equals("form"))
                .anyMatch(e -> e.hasAttr("gk:field"));
    }

    @Test
    void everyFormSentEmptyShowsEachErrorOnItsFieldAndInTheSummary() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> withErrors = new TreeSet<>();
        for (String user : List.of("admin", "reviewer", "zhujian")) {
            Visitor staff = new Visitor(port, Http.bearer(port, user));
            sendEveryForm(staff, user, CONSOLE_PAGES, problems, withErrors);
        }
        sendEveryForm(new Visitor(port, null), "citizen", PORTAL_PAGES, problems, withErrors);
        assertThat(problems).isEmpty();
        // the forms below must have answered with errors: a crawl that reached none of them proves nothing
        assertThat(withErrors)
                .contains(
                        "/portal/apply",
                        "/portal/messages/new",
                        "/console/requests",
                        "/console/units",
                        "/console/staff",
                        "/console/catalog/columns",
                        "/console/reviews",
                        "/console/password",
                        "/console/consultations",
                        "/console/voice/responses",
                        "/console/supervision/rounds",
                        "/console/guide/office");
    }

    private void sendEveryForm(
            Visitor visitor, String who, List<String> lists, List<String> problems, Set<String> withErrors)
            throws Exception {
        Set<String> pages = new LinkedHashSet<>(lists);
        Set<String> kinds = new LinkedHashSet<>();
        for (String list : lists) {
            Matcher m = DETAIL.matcher(visitor.get(list).body());
            while (m.find()) {
                if (kinds.add(m.group(1).replaceAll("/\\d.*", ""))) {
                    pages.add(m.group(1));
                }
            }
        }
        Set<String> sent = new LinkedHashSet<>();
        for (String path : pages) {
            HttpResponse<String> page = visitor.get(path);
            if (page.statusCode() != 200) {
                continue;
            }
            Document doc = Jsoup.parse(page.body());
            for (Element form : doc.select("main form[method=post]")) {
                String action = form.attr("action");
                boolean fillable = form.select("input, textarea").stream()
                        .anyMatch(f -> f.tagName().equals("textarea") || TEXT_TYPES.contains(f.attr("type")));
                if (NOT_SENT.matcher(action).find() || !fillable || !sent.add(action)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element hidden : form.select("input[type=hidden]")) {
                    fields.put(hidden.attr("name"), hidden.val());
                }
                for (Element select : form.select("select:not([multiple])")) {
                    Element chosen = select.selectFirst("option[selected]");
                    chosen = chosen != null ? chosen : select.selectFirst("option");
                    fields.putIfAbsent(select.attr("name"), chosen == null ? "" : chosen.val());
                }
                for (Element text : form.select("input, textarea")) {
                    if (text.tagName().equals("textarea")
                            || (TEXT_TYPES.contains(text.attr("type"))
                                    && !text.attr("type").equals("file"))) {
                        fields.putIfAbsent(text.attr("name"), "");
                    }
                }
                boolean multipart = form.attr("enctype").equals("multipart/form-data");
                Element file = form.selectFirst("input[type=file]");
                HttpResponse<String> answer = multipart
                        ? visitor.upload(action, fields, file == null ? "none" : file.attr("name"))
                        : visitor.post(action, fields);
                String where = who + " " + path + " → " + action + " (" + answer.statusCode() + ")";
                Document shown = Jsoup.parse(answer.body());
                List<String> found = check(where, shown, fields);
                problems.addAll(found);
                if (!shown.select(".error-summary, .field-error, [aria-invalid=true]")
                        .isEmpty()) {
                    withErrors.add(action.replaceAll("/[^/]*\\d[^/]*(/.*)?$", ""));
                }
            }
        }
    }

    /** The rules, for every error the page shows. */
    static List<String> check(String where, Document page, Map<String, String> sent) {
        List<String> problems = new ArrayList<>();
        List<Element> invalid = page.select("[aria-invalid=true]");
        List<Element> messages = page.select(".field-error");
        if (invalid.isEmpty() && messages.isEmpty()) {
            return problems;
        }
        Element summary = page.selectFirst(".error-summary");
        if (summary == null
                || !(summary.attr("role").equals("alert")
                        || summary.selectFirst("h2[tabindex=-1], h1[tabindex=-1]") != null)) {
            problems.add(where + ": errors without a summary (role=alert) at the top");
            return problems;
        }
        List<Element> all = page.getAllElements();
        Map<String, Element> describedBy = new LinkedHashMap<>();
        for (Element field : page.select("[aria-describedby]")) {
            for (String id : field.attr("aria-describedby").trim().split("\\s+")) {
                describedBy.put(id, field);
            }
        }
        for (Element field : invalid) {
            if (all.indexOf(field) < all.indexOf(summary)) {
                problems.add(where + ": the summary is below the field " + field.id());
            }
            boolean described = Stream.of(field.attr("aria-describedby").trim().split("\\s+"))
                    .map(page::getElementById)
                    .anyMatch(m ->
                            m != null && m.hasClass("field-error") && !m.text().isBlank());
            if (!described) {
                problems.add(where + ": field " + field.attr("name") + " marked invalid but described by no message");
            }
        }
        for (Element message : messages) {
            Element field = message.id().isEmpty() ? null : describedBy.get(message.id());
            if (field == null || !field.attr("aria-invalid").equals("true")) {
                problems.add(where + ": 「" + message.text() + "」 is tied to no field marked invalid");
                continue;
            }
            boolean linked = summary.select("a[href^=#]").stream()
                    .anyMatch(a -> a.text().equals(message.text())
                            && !field.id().isEmpty()
                            && a.attr("href").equals("#" + field.id()));
            if (!linked) {
                problems.add(where + ": the summary has no link to field #" + field.id() + " saying 「" + message.text()
                        + "」");
            }
            if ("".equals(sent.get(field.attr("name"))) && !message.text().startsWith("请")) {
                problems.add(where + ": empty field " + field.attr("name") + " is called wrong, not asked for: 「"
                        + message.text() + "」");
            }
            if (message.text().contains("此项")) {
                problems.add(where + ": field " + field.attr("name") + " is asked for without its name: 「"
                        + message.text() + "」");
            }
        }
        for (Element link : summary.select("a[href^=#]")) {
            if (page.getElementById(link.attr("href").substring(1)) == null) {
                problems.add(where + ": the summary links to nothing: " + link.attr("href"));
            }
        }
        return problems;
    }

    /** One browser session: staff with a token, or a member of the public from an address of its own. */
    private static final class Visitor {
        private final int port;
        private final String auth;
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrf = "";

        Visitor(int port, String auth) {
            this.port = port;
            this.auth = auth;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            Element token = Jsoup.parse(r.body()).selectFirst("input[name=_csrf]");
            if (token != null) {
                csrf = token.val();
            }
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put("_csrf", csrf);
            return http.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(ConsoleSession.formBody(fields)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** As a browser sends a form whose file was not chosen: an empty part without a file name. */
        HttpResponse<String> upload(String path, Map<String, String> form, String fileField) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put("_csrf", csrf);
            Multipart m = Multipart.of(fields, fileField, Map.of("", new byte[0]));
            return http.send(
                    request(path)
                            .header("Content-Type", m.contentType())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(m.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html");
            return auth == null ? b.header("X-Forwarded-For", "198.51.100.77") : b.header("Authorization", auth);
        }
    }
}
