package org.gongkai.reportreading.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer uploads two years of reports in the browser, reads the highlighted tables and compares them. */
@GongkaiTest
class ReportReadingBrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path seed(String prefix) throws Exception {
        try (var s = Files.list(Path.of("src/test/resources/seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aReviewerUploadsReadsAndComparesReports() throws Exception {
        try (Browsers browsers = Browsers.chromium()) {
            BrowserContext context = browsers.browser()
                    .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                            .setBypassCSP(true)); // to inject axe-core
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#username", "reviewer");
            page.fill("#password", "demo1234");
            page.click("button[type=submit]");
            page.waitForURL(u -> u.contains("/console"));

            // Given the upload form, when two published reports are chosen and sent
            page.navigate(url("/console/report-reading"));
            assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
            page.setInputFiles("#files", new Path[] {seed("000"), seed("004")});
            page.click("form[enctype] button[type=submit]");
            page.waitForSelector("[role=status]");

            // Then each report opens with its inferred cell highlighted
            page.click("[role=status] a >> nth=0");
            page.waitForSelector("td.inferred");
            assertThat(page.locator("td.inferred").first().textContent()).isEqualTo("155");
            assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();

            // And both can be compared side by side with charts
            page.navigate(url("/console/report-reading"));
            List<String> boxes = page.locator("input[name=ids]").all().stream()
                    .limit(2)
                    .map(l -> l.getAttribute("id"))
                    .toList();
            for (String id : boxes) {
                page.check("#" + id);
            }
            page.click("text=对比所选年报");
            page.waitForSelector("svg.chart");
            assertThat(page.locator("svg.chart").count()).isEqualTo(3);
            assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        }
    }
}
