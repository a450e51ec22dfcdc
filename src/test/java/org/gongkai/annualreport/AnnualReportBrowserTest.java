package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor reads a published report on the portal; a reviewer drills from a report cell to its cases. */
@GongkaiTest
class AnnualReportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aVisitorOpensThePublishedCountyReportFromTheColumn() {
        int year = LocalDate.now(clock).getYear() - 1;
        try (Browsers b = Browsers.chromium()) {
            // bypassing the CSP only so that axe-core can be injected
            Page page = b.browser()
                    .newContext(new Browser.NewContextOptions().setBypassCSP(true))
                    .newPage();
            page.navigate(url("/portal/annual-reports"));
            assertThat(Browsers.seriousAccessibilityViolations(page)).as("list").isEmpty();
            page.click("text=示例县人民政府" + year + "年政府信息公开工作年度报告");
            assertThat(page.locator("h1").first().textContent()).contains("示例县人民政府" + year);
            assertThat(page.locator("table.requests").textContent()).contains("结转下年度继续办理");
            assertThat(Browsers.seriousAccessibilityViolations(page))
                    .as("report")
                    .isEmpty();
        }
    }

    @Test
    void aReviewerDrillsFromACellToTheCasesCountedInIt() {
        int year = LocalDate.now(clock).getYear() - 1;
        try (Browsers b = Browsers.chromium()) {
            // bypassing the CSP only so that axe-core can be injected
            Page page = b.browser()
                    .newContext(new Browser.NewContextOptions().setBypassCSP(true))
                    .newPage();
            page.navigate(url("/login"));
            page.fill("#username", "reviewer");
            page.fill("#password", "demo1234");
            page.click("button[type=submit]");
            page.waitForURL(u -> u.contains("/console"));
            page.navigate(url("/console/annual-reports/001008099/" + year));
            assertThat(page.textContent("main")).contains("公布前检查");
            assertThat(Browsers.seriousAccessibilityViolations(page))
                    .as("console report")
                    .isEmpty();
            page.click("table.requests a[href$='requests.granted.total']");
            // the cases counted in the cell now (other tests of this JVM may add demo records)
            String heading = page.locator("h2").first().textContent();
            assertThat(heading).contains("予以公开");
            int listed = Integer.parseInt(heading.substring(heading.lastIndexOf(' ') + 1));
            assertThat(listed).isPositive();
            assertThat(page.locator("main a[href^='/console/requests/']").count())
                    .isEqualTo(listed);
            page.navigate(url("/console/annual-reports/compare?year=" + year));
            assertThat(page.locator("svg.chart").count()).isEqualTo(3);
            assertThat(Browsers.seriousAccessibilityViolations(page))
                    .as("compare")
                    .isEmpty();
        }
    }
}
