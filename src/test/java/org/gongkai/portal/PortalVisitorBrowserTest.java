package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor in Chromium, without JavaScript of the site's own: browses the four parts of the 政府信息公开 column,
 * finds a demo document by a phrase that is not its title, opens its interpretation through the link. axe-core
 * finds no serious or critical accessibility violation on the portal's main pages, also on a phone-sized screen.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalVisitorBrowserTest {

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
        return "http://localhost:" + port + path;
    }

    @Test
    void aVisitorBrowsesTheFourPartsAndFindsADocumentAndItsInterpretation() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(com.microsoft.playwright.options.AriaRole.MAIN)
                    .getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("政府信息公开指南"))
                    .click();
            assertThat(page.locator("h1").textContent()).contains("政府信息公开指南");
            assertThat(page.content()).contains("依申请公开");
            page.locator("nav .nav").getByText("政府信息公开制度").click();
            assertThat(page.locator("main").textContent()).contains("保密审查制度");
            page.locator("nav .nav").getByText("政府信息公开年报").click();
            assertThat(page.locator("h1").textContent()).contains("年度报告");
            page.locator("nav .nav").getByText("法定主动公开内容").click();
            page.getByText("县住房和城乡建设局").first().click();
            assertThat(page.locator("h1").textContent()).contains("县住房和城乡建设局");

            page.getByLabel("搜索本站政府信息").fill("老旧小区");
            page.getByLabel("搜索本站政府信息").press("Enter");
            page.getByLabel("检索词").fill("老旧小区改造");
            page.locator("main")
                    .getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("搜索"))
                    .click();
            assertThat(page.locator(".hits mark").count()).isPositive();
            page.locator(".hits li a")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("实施办法》的通知"))
                    .first()
                    .click();
            assertThat(page.locator("h1").textContent()).contains("老旧小区综合改造");
            assertThat(page.locator("table.meta-table").textContent())
                    .contains("索引号")
                    .contains("有效性");
            page.locator("#int-h + p + ul a, #int-h + ul a").first().click();
            assertThat(page.locator("h1").textContent()).contains("政策解读");
            assertThat(page.locator("main").textContent()).contains("本解读对应的文件");
        }
    }

    @Test
    void largeTextModeIsALinkThatSticks() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/portal/guide"));
            page.getByText("大字模式").click();
            assertThat(page.url()).endsWith("/portal/guide");
            assertThat(page.locator("body").getAttribute("class")).contains("large-text");
            page.navigate(url("/portal/catalog"));
            assertThat(page.locator("body").getAttribute("class")).contains("large-text");
        }
    }

    @Test
    void theMainPortalPagesHaveNoSeriousAccessibilityViolations() {
        List<String> pages = List.of(
                "/",
                "/portal/guide",
                "/portal/rules",
                "/portal/catalog",
                "/portal/catalog/list?unit=001008099013",
                "/portal/catalog/normative",
                "/portal/catalog/standard",
                "/portal/catalog/standard?area=%E4%B9%89%E5%8A%A1%E6%95%99%E8%82%B2",
                "/portal/search?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA%E6%94%B9%E9%80%A0");
        for (boolean phone : new boolean[] {false, true}) {
            // the page's own CSP forbids inline scripts; the test bypasses it only to inject axe-core
            Browser.NewContextOptions options = new Browser.NewContextOptions().setBypassCSP(true);
            if (phone) {
                options.setViewportSize(375, 740).setIsMobile(true);
            }
            try (BrowserContext context = browser.newContext(options)) {
                Page page = context.newPage();
                for (String path : pages) {
                    page.navigate(url(path));
                    assertThat(Browsers.seriousAccessibilityViolations(page))
                            .as(path + (phone ? " (phone)" : ""))
                            .isEmpty();
                }
                page.navigate(url("/portal/search?q=%E6%94%B9%E9%80%A0"));
                page.locator(".hits li a").first().click();
                assertThat(Browsers.seriousAccessibilityViolations(page))
                        .as("item page")
                        .isEmpty();
            }
        }
    }
}
