package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
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
 * wider than the window, no message key or enum name shows, axe-core finds no serious or critical violation. A
 * screenshot of each is kept in {@code target/screenshots}.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final PlainChinese PLAIN = PlainChinese.PLATFORM;
    /** Links that are no page to look at: files, images, exports. */
    static final Pattern NOT_A_PAGE =
            Pattern.compile(".*(\\.(pdf|docx|xlsx|csv|png|zip|json|xml|atom)(\\?.*)?|/file(\\?.*)?|/export.*)$");

    static final int DEPTH = 2;

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void launch() throws Exception {
        playwright = Playwright.create();
        browser = Browsers.chromium(playwright);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static BrowserContext context(Browser browser, int width) {
        return browser.newContext(new Browser.NewContextOptions()
                .setBypassCSP(true) // only to inject axe-core; the console's own pages run no script
                .setViewportSize(width, width == 390 ? 844 : 900)
                .setIsMobile(width == 390));
    }

    private void login(Page page, String user) {
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", "demo1234");
        page.click("button[type=submit]");
        page.waitForURL(u -> u.contains("/console"));
    }

    /** The kind of a page: its path with numbers (ids, years) replaced, without the query. */
    static String kind(String path) {
        return path.replaceAll("[?#].*", "").replaceAll("/\\d+", "/N");
    }

    /**
     * The console pages a person reaches from the navigation, one per kind, following the links of each page up
     * to {@link #DEPTH} steps away.
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> consolePages(Page page) {
        Map<String, String> pages = new LinkedHashMap<>();
        page.navigate(url("/console"));
        List<String> frontier = new ArrayList<>(
                (List<String>)
                        page.evaluate(
                                "() => [...document.querySelectorAll('header nav a[href^=\"/console\"]')].map(a => a.getAttribute('href'))"));
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
                if (head.status() == 200 && !type.startsWith("text/html")) {
                    continue;
                }
                pages.put(k, path);
                if (head.status() != 200 || depth == DEPTH) {
                    continue;
                }
                page.navigate(url(path));
                next.addAll((List<String>)
                        page.evaluate("() => [...document.querySelectorAll('main a[href^=\"/console\"]')]"
                                + ".map(a => a.getAttribute('href').replace(/#.*$/, ''))"));
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
            try (BrowserContext context = context(browser, 1366)) {
                Page page = context.newPage();
                login(page, user);
                pages = consolePages(page);
                Files.write(SCREENSHOTS.resolve("console-pages-" + user + ".txt"), pages.values());
            }
            for (int width : new int[] {1366, 390}) {
                try (BrowserContext context = context(browser, width)) {
                    Page page = context.newPage();
                    login(page, user);
                    for (String path : pages.values()) {
                        problems.addAll(check(page, user, path, width));
                    }
                }
            }
        }
        Files.write(SCREENSHOTS.resolve("console-problems.txt"), problems);
        Files.write(SCREENSHOTS.resolve("console-times.txt"), times);
        assertThat(problems).isEmpty();
    }

    /** Each page's time from request sent to last byte received, as Chromium measured it (ms). */
    private final List<String> times = new ArrayList<>();

    private List<String> check(Page page, String user, String path, int width) {
        List<String> problems = new ArrayList<>();
        String where = user + " " + path + " @" + width;
        Response response = page.navigate(url(path));
        int status = response == null ? 0 : response.status();
        if (status != 200 && status != 403) {
            problems.add(where + ": status " + status);
            return problems;
        }
        com.microsoft.playwright.options.Timing t = response.request().timing();
        times.add(Math.round(t.responseEnd - t.requestStart) + "\t" + where);
        String name = user + "-"
                + kind(path)
                        .replaceFirst("^/console/?", "")
                        .replace("/N", "-id")
                        .replaceAll("[^a-z0-9]+", "-") + "-" + width;
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve("console-" + name.replaceAll("-+", "-") + ".png")));
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (((Number) overflow).intValue() > 0) {
            problems.add(where + ": wider than the window by " + overflow + " px");
        }
        List<String> raw = PLAIN.rawTokens(page.locator("body").innerText());
        if (!raw.isEmpty()) {
            problems.add(where + ": raw keys or names " + raw);
        }
        List<Browsers.Violation> violations = Browsers.seriousAccessibilityViolations(page);
        if (!violations.isEmpty()) {
            problems.add(where + ": " + violations);
        }
        return problems;
    }
}
