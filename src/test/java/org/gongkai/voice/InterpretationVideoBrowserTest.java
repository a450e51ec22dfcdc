package org.gongkai.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor in Chromium: the demo's video interpretation loads and plays on its item page (the browser fetches it
 * in ranges), the graphic interpretation's image carries its alt text, and the reading points page lists the
 * addresses, with no serious accessibility violation.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterpretationVideoBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registries registries;

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
        return "http://localhost:" + port + path;
    }

    @Test
    void theVideoInterpretationPlaysOnItsItemPage() {
        String indexNumber = jdbc.sql("select index_number from catalog_item where title like '%实施意见》（视频）'")
                .query(String.class)
                .single();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/portal/catalog/items/" + indexNumber));
            assertThat(page.locator("h1").textContent()).contains("视频");
            page.waitForFunction("() => document.querySelector('video').readyState >= 1");
            @SuppressWarnings("unchecked")
            Map<String, Object> media =
                    (Map<String, Object>) page.evaluate("() => { const v = document.querySelector('video');"
                            + " return {duration: v.duration, width: v.videoWidth, error: v.error && v.error.code}; }");
            assertThat(((Number) media.get("duration")).doubleValue()).isBetween(5.5, 6.5);
            assertThat(((Number) media.get("width")).intValue()).isEqualTo(320);
            assertThat(media.get("error")).isNull();
            page.evaluate("() => { const v = document.querySelector('video'); v.muted = true; return v.play(); }");
            page.waitForFunction("() => document.querySelector('video').currentTime > 0.3");
            assertThat((Boolean) page.evaluate("() => !document.querySelector('video').paused"))
                    .isTrue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target/screenshots/interpretation-video.png"))
                    .setFullPage(true));
        }
        try (BrowserContext axe = axeContext()) {
            Page page = axe.newPage();
            page.navigate(url("/portal/catalog/items/" + indexNumber));
            assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        }
    }

    /** The site's CSP allows no injected script: axe-core is injected into a context that bypasses it. */
    private BrowserContext axeContext() {
        return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true));
    }

    @Test
    void theReadingPointsPageListsAddresses() {
        try (BrowserContext context = axeContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.locator("footer").getByText("政府信息公开查阅点").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("政府信息公开查阅点");
            List<String> shown = page.locator("dd.address").allTextContents();
            assertThat(shown)
                    .containsExactlyInAnyOrderElementsOf(registries.readingPoints().stream()
                            .map(ReadingPoint::address)
                            .toList());
            assertThat(shown).contains("示例县城东街道文化路88号县图书馆二楼");
            assertThat(page.getByRole(AriaRole.HEADING).allTextContents()).contains("示例县图书馆政府信息查阅点");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target/screenshots/reading-points.png"))
                    .setFullPage(true));
            assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        }
    }
}
