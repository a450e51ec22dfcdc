package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.PageChecks;
import org.gongkai.support.PlainChinese;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every console page of each demo role in Chromium at a desktop width (1366 px) and a phone width (390 px): the
 * pages are found as a person finds them, from the console's navigation and then the links on those pages (a
 * case, an item, a report, a supervision round, a message…), one page of each kind. Each answers, nothing is
 * wider than the window, no message key or enum name shows, axe-core finds no serious or critical violation
 * ({@link PageChecks}). A screenshot of each is kept in {@code target/screenshots}.
 *
 * <p>One browser for all roles; each role logs in once per width. The pages are checked at 1366 px while they are
 * found (the page opened to read its links is the page checked), then at 390 px.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesBrowserTest {

    static final PlainChinese PLAIN = PlainChinese.PLATFORM;
    /** Links that are no page to look at: files, images, exports. */
    static final Pattern NOT_A_PAGE =
            Pattern.compile(".*(\\.(pdf|docx|xlsx|csv|png|zip|json|xml|atom)(\\?.*)?|/file(\\?.*)?|/export.*)$");

    static final int DEPTH = 2;
    /** Staff get 403 pages inside the console's layout: those are checked like any page. */
    static final Set<Integer> FORBIDDEN_IS_A_PAGE = Set.of(403);

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private final PageChecks checks = new PageChecks(PLAIN);

    @BeforeAll
    void launch() {
        playwright = Playwright.create();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page loggedIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", "demo1234");
        page.click("button[type=submit]");
        page.waitForURL(u -> u.contains("/console"));
        return page;
    }

    /**
     * The kind of a page: its path without the query, each part with a digit in it (an id, a year, a unit's code
     * such as 001008099018 or one a test made, H7I12) replaced.
     */
    static String kind(String path) {
        return path.replaceAll("[?#].*", "").replaceAll("/[^/]*\\d[^/]*", "/N");
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Page page, String selector) {
        return (List<String>) page.evaluate(
                "s => [...document.querySelectorAll(s)]" + ".map(a => a.getAttribute('href').replace(/#.*$/, ''))",
                selector);
    }

    /**
     * The console pages a person reaches from the navigation, one per kind, following the links of each page up
     * to {@link #DEPTH} steps away; each page is checked at the desktop width as it is opened.
     */
    private Map<String, String> crawlAndCheck(Page page, String user, List<String> problems) {
        Map<String, String> pages = new LinkedHashMap<>();
        page.navigate(url("/console"));
        List<String> frontier = new ArrayList<>(links(page, "header nav a[href^=\"/console\"]"));
        frontier.add(0, "/console");
        for (int depth = 0; depth <= DEPTH && !frontier.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String path : frontier) {
                String k = kind(path);
                if (pages.containsKey(k) || NOT_A_PAGE.matcher(path).matches()) {
                    continue;
                }
                APIResponse head = page.request().get(url(path));
                String type = head.headers().getOrDefault("content-type", "");
                String disposition = head.headers().getOrDefault("content-disposition", "");
                if (head.status() == 200 && (!type.startsWith("text/html") || disposition.startsWith("attachment"))) {
                    continue;
                }
                pages.put(k, path);
                Response response = page.navigate(url(path));
                problems.addAll(check(page, response, user, path, PageChecks.DESKTOP));
                if (response != null && response.status() == 200 && depth < DEPTH) {
                    next.addAll(links(page, "main a[href^=\"/console\"]"));
                }
            }
            frontier = next;
        }
        return pages;
    }

    @Test
    void everyConsolePageOfEveryRoleFitsTheScreenSpeaksChineseAndIsAccessible() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String user : List.of("admin", "reviewer", "zhujian", "auditor")) {
            Map<String, String> pages;
            try (BrowserContext context = browser.newContext(PageChecks.at(PageChecks.DESKTOP))) {
                pages = crawlAndCheck(loggedIn(context, user), user, problems);
            }
            Files.write(PageChecks.SCREENSHOTS.resolve("console-pages-" + user + ".txt"), pages.values());
            try (BrowserContext context = browser.newContext(PageChecks.at(PageChecks.PHONE))) {
                Page page = loggedIn(context, user);
                for (String path : pages.values()) {
                    problems.addAll(check(page, page.navigate(url(path)), user, path, PageChecks.PHONE));
                }
            }
        }
        Files.write(PageChecks.SCREENSHOTS.resolve("console-problems.txt"), problems);
        Files.write(PageChecks.SCREENSHOTS.resolve("console-times.txt"), checks.times());
        assertThat(problems).isEmpty();
    }

    private List<String> check(Page page, Response response, String user, String path, int width) {
        String name = user + "-"
                + kind(path)
                        .replaceFirst("^/console/?", "")
                        .replace("/N", "-id")
                        .replaceAll("[^a-z0-9]+", "-") + "-" + width;
        return checks.check(
                page,
                response,
                user + " " + path + " @" + width,
                "console-" + name.replaceAll("-+", "-"),
                FORBIDDEN_IS_A_PAGE);
    }
}
