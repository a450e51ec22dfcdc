package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every portal page in Chromium at a desktop width (1366 px) and a phone width (390 px): it answers, nothing is wider
 * than the window, no message key or enum name shows, axe-core finds no serious or critical violation ({@link
 * PageChecks}). A screenshot of each is kept in {@code target/screenshots} for people to look at.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesBrowserTest {

    private final PageChecks checks = new PageChecks(PlainChinese.PLATFORM);

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;

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
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }

    /** The portal's pages by name: fixed addresses and the first item, interpretation and report found by links. */
    private Map<String, String> portalPages(Page page) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("guide", "/portal/guide");
        pages.put("rules", "/portal/rules");
        pages.put("catalog", "/portal/catalog");
        pages.put("catalog-all", "/portal/catalog/list");
        pages.put("catalog-unit", "/portal/catalog/list?unit=001008099013");
        pages.put("catalog-empty-item", "/portal/catalog/list?item=13");
        pages.put("normative", "/portal/catalog/normative");
        pages.put("standard", "/portal/catalog/standard");
        pages.put("standard-area", "/portal/catalog/standard?area=%E4%B9%89%E5%8A%A1%E6%95%99%E8%82%B2");
        pages.put("search", "/portal/search");
        pages.put("search-hits", "/portal/search?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA%E6%94%B9%E9%80%A0");
        pages.put("annual-reports", "/portal/annual-reports");
        pages.put("apply", "/portal/apply");
        pages.put("track", "/portal/track");
        pages.put("reading-points", "/portal/reading-points");
        pages.put("new-media", "/portal/new-media");
        pages.put("responses", "/portal/responses");
        pages.put("decisions", "/portal/decisions?year=2025");
        page.navigate(url("/portal/responses"));
        pages.put(
                "response",
                page.locator(".dated-list a[href^='/portal/responses/']")
                        .first()
                        .getAttribute("href"));
        page.navigate(url("/"));
        pages.put("item", page.locator("#latest-h ~ ul a").first().getAttribute("href"));
        pages.put("interpretation", page.locator("#interp-h ~ ul a").first().getAttribute("href"));
        page.navigate(url("/portal/annual-reports"));
        pages.put("annual-report", page.locator(".year-group a").first().getAttribute("href"));
        return pages;
    }

    @Test
    void everyPortalPageFitsTheScreenSpeaksChineseAndIsAccessible() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int width : PageChecks.WIDTHS) {
            try (BrowserContext context = browser.newContext(PageChecks.at(width))) {
                Page page = context.newPage();
                for (Map.Entry<String, String> p : portalPages(page).entrySet()) {
                    problems.addAll(checks.check(
                            page,
                            page.navigate(url(p.getValue())),
                            p.getKey() + " @" + width + " (" + p.getValue() + ")",
                            "portal-" + p.getKey() + "-" + width,
                            Set.of()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHeaderNamesTheGovernmentAndSearchesFromEveryPage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/portal/annual-reports"));
            assertThat(page.locator("header .gov-name").textContent()).isEqualTo("示例县人民政府");
            assertThat(page.locator("header img.emblem").getAttribute("src")).isEqualTo("/apple-touch-icon.png");
            page.getByLabel("搜索本站政府信息").fill("老旧小区改造");
            page.getByLabel("搜索本站政府信息").press("Enter");
            assertThat(page.url()).contains("/portal/search");
            assertThat(page.locator(".hits mark").count()).isPositive();
            assertThat(page.locator("nav.crumbs").textContent()).contains("首页");

            page.navigate(url("/portal/annual-reports?year=2024"));
            assertThat(page.locator(".year-group h2").allTextContents())
                    .singleElement()
                    .asString()
                    .matches("2024 年度（\\d+ 份）");
            page.locator(".year-group a").first().click();
            assertThat(page.locator("figure.key-figures svg title").textContent())
                    .contains("2024年收到和处理政府信息公开申请情况");
            assertThat(page.locator("nav.crumbs").textContent()).contains("2024 年度");
        }
    }

    @Test
    void aReportTableScrolledSidewaysOnAPhoneCoversNoLabelStillInView() {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
            Page page = context.newPage();
            page.navigate(url("/portal/annual-reports"));
            page.navigate(url(page.locator(".year-group a").first().getAttribute("href")));
            // scrolled a little and far: every label cell (row labels and the spanning group labels) whose middle is
            // in view must be what the eye sees there, not hidden under another sticky cell
            Object covered = page.evaluate("""
                    () => {
                      const out = [];
                      for (const table of document.querySelectorAll('.report-body table.requests')) {
                        let box = table.parentElement;
                        while (box && getComputedStyle(box).overflowX !== 'auto') box = box.parentElement;
                        if (!box) { out.push('no scrolling box'); continue; }
                        for (const x of [60, 140, 100000]) {
                          box.scrollLeft = x;
                          for (const th of table.querySelectorAll('th[rowspan], th[scope=row]')) {
                            window.scrollTo(0, window.scrollY + th.getBoundingClientRect().top - innerHeight / 2);
                            const view = box.getBoundingClientRect();
                            const r = th.getBoundingClientRect();
                            const left = Math.max(r.left, view.left), right = Math.min(r.right, view.right);
                            if (right - left < 12) continue;
                            const y = (Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2;
                            const at = document.elementFromPoint((left + right) / 2, y);
                            if (!th.contains(at)) out.push(x + ': ' + th.textContent.trim() + ' under ' + (at && at.textContent.trim()));
                          }
                        }
                      }
                      return out;
                    }""");
            assertThat((List<?>) covered).isEmpty();
        }
    }
}
