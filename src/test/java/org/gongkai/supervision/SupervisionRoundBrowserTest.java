package org.gongkai.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the reviewer plans an inspection round and records a finding, issues a notice that gives it to the
 * unit as a rectification task; the unit's handler (on a 390 px phone) answers with a screenshot; the reviewer
 * accepts the answer.
 */
@GongkaiTest
class SupervisionRoundBrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page login(Browsers browsers, String user, int width) {
        Page page = browsers.browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(width, 800)
                        .setBypassCSP(true)) // to inject axe-core
                .newPage();
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", "demo1234");
        page.click("button[type=submit]");
        page.waitForURL(u -> u.contains("/console"));
        return page;
    }

    @Test
    void theReviewerPlansARoundIssuesANoticeTheHandlerAnswersAndTheReviewerAccepts() {
        String note = "浏览器测试：住建局通知公告栏目三个月未更新";
        try (Browsers browsers = Browsers.chromium()) {
            // Given the reviewer plans a monthly theme check with its checklist
            Page reviewer = login(browsers, "reviewer", 1280);
            reviewer.navigate(url("/console/supervision/rounds"));
            reviewer.fill("#theme", "浏览器测试专项检查");
            reviewer.fill("#checklist", "栏目更新是否及时\n政策文件是否同步解读");
            reviewer.click("#plan-round");
            assertThat(reviewer.locator("h1")).hasText("浏览器测试专项检查");
            org.assertj.core.api.Assertions.assertThat(Browsers.seriousAccessibilityViolations(reviewer))
                    .isEmpty();

            // And records what the inspector found at the housing bureau
            reviewer.selectOption("#unitCode", "001008099013");
            reviewer.selectOption("#item", "1");
            reviewer.selectOption("#severity", "MEDIUM");
            reviewer.fill("#note", note);
            reviewer.click("#record-finding");
            assertThat(reviewer.locator("p.alert")).isVisible();

            // When the reviewer issues a notice with it, the unit gets a rectification task
            reviewer.locator("tr", new Page.LocatorOptions().setHasText(note))
                    .locator("input[type=checkbox]")
                    .check();
            reviewer.fill("#workingDays", "5");
            reviewer.click("#issue-notice");
            assertThat(reviewer.locator("#notice-number")).containsText("政务公开通报");
            assertThat(reviewer.locator("table")).containsText(note);

            // Then the handler, on a phone, answers the task with a screenshot
            Page handler = login(browsers, "zhujian", 390);
            handler.navigate(url("/console/supervision/tasks"));
            handler.locator("a", new Page.LocatorOptions().setHasText(note))
                    .first()
                    .click();
            handler.fill("#answer", "已更新通知公告栏目，补发 3 条信息。");
            handler.setInputFiles("#file", new FilePayload("shot.png", "image/png", RectificationRoundTest.png()));
            handler.click("#answer-task");
            assertThat(handler.locator("#task-status")).containsText("待审核");
            org.assertj.core.api.Assertions.assertThat(Browsers.seriousAccessibilityViolations(handler))
                    .isEmpty();
            org.assertj.core.api.Assertions.assertThat(
                            (Integer) handler.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(390);
            String task = handler.url().replaceAll("\\?.*", "");

            // And the reviewer accepts it
            reviewer.navigate(task);
            assertThat(reviewer.locator("#task-answer")).hasText("已更新通知公告栏目，补发 3 条信息。");
            reviewer.fill("#note", "整改到位");
            reviewer.click("#accept-task");
            assertThat(reviewer.locator("#task-status")).containsText("已验收");
        }
    }
}
