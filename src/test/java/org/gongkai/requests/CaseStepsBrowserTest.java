package org.gongkai.requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.support.Browsers;
import org.gongkai.support.CaseSteps;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium at desktop and phone width: the case page offers the steps allowed now, all closed, one open at a
 * time (by mouse or keyboard, no script of ours); a step's form leads to its preview (the letter as it will go out),
 * back to the form with the values kept, and on confirmation to the result said in words. Screenshots are kept in
 * target/screenshots.
 */
@GongkaiTest
class CaseStepsBrowserTest {

    private static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestQueries queries;

    @Autowired
    Clock clock;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void oneStepIsOpenAtATimeAndAFeeNoticeIsPreviewedBeforeItGoesOut() throws Exception {
        Files.createDirectories(SHOTS);
        Submitted s = handedIn(intake, LocalDate.now(clock));
        String casePath = "/console/requests/" + s.id();
        try (Browsers browsers = Browsers.chromium()) {
            Page page = login(browsers, "zhujian");
            page.setViewportSize(1366, 900);
            page.navigate(url(casePath));

            // Given the steps allowed now, all closed
            assertThat(page.locator("details[name=case-step]")).hasCount(4);
            assertThat(page.locator("details[name=case-step][open]")).hasCount(0);
            assertThat(page.locator("#step-confirm")).hasCount(0);

            // When one step and then another is opened, only the second stays open
            CaseSteps.open(page, "start-consultation");
            CaseSteps.open(page, "fee-notice");
            assertThat(page.locator("details[name=case-step][open]")).hasCount(1);
            assertThat(page.locator("#step-start-consultation[open]")).hasCount(0);

            // And from the keyboard: the summary takes the focus and Enter opens its step
            page.focus("#step-request-correction > summary");
            page.keyboard().press("Enter");
            assertThat(page.locator("#step-request-correction[open]")).hasCount(1);
            assertThat(page.locator("details[name=case-step][open]")).hasCount(1);
            assertThat(Browsers.seriousAccessibilityViolations(page))
                    .as("case page")
                    .isEmpty();
            shoot(page, "case-steps", 1366);

            // When the handler fills the fee notice and goes on, the letter is shown and nothing is done yet
            CaseSteps.open(page, "fee-notice");
            page.selectOption("#fee-notice-basis", "PAGES");
            page.fill("#fee-notice-pages", "120");
            CaseSteps.preview(page, "fee-notice");
            assertThat(page.locator("#letter-preview")).containsText("120");
            assertThat(page.locator("#letter-preview")).containsText("文号在发出时编定");
            assertThat(page.locator("#step-will")).containsText("缴费通知书");
            assertThat(Browsers.seriousAccessibilityViolations(page))
                    .as("preview")
                    .isEmpty();
            shoot(page, "case-step-preview", 1366);
            assertThat(queries.view(ZHUJIAN, s.id()).request().status()).isEqualTo(Status.REGISTERED);

            // And going back returns to the open form with the pages kept
            page.click("#do-back");
            assertThat(page.locator("#step-fee-notice[open]")).hasCount(1);
            assertThat(page.locator("#fee-notice-pages")).hasValue("120");
            assertThat(page.locator("details[name=case-step][open]")).hasCount(1);

            // Then confirmed, the notice goes out and the page says so in words
            CaseSteps.preview(page, "fee-notice");
            CaseSteps.confirm(page, "fee-notice");
            assertThat(page.locator("#step-done")).hasText("已向申请人发出信息处理费缴费通知书，答复期限在缴费前暂停。");
            assertThat(page.locator("#case-status")).hasText("待缴费");
            assertThat(page.locator("details[name=case-step][open]")).hasCount(0);

            // And at phone width the page and a preview fit the screen
            page.setViewportSize(390, 844);
            page.navigate(url(casePath));
            CaseSteps.open(page, "fee-paid");
            assertThat(overflow(page)).as("case page at 390 px").isLessThanOrEqualTo(0);
            shoot(page, "case-steps", 390);
            CaseSteps.preview(page, "fee-paid");
            assertThat(overflow(page)).as("preview at 390 px").isLessThanOrEqualTo(0);
            shoot(page, "case-step-preview", 390);
        }
    }

    /**
     * A refused step comes back open with its values, its error on the field and in the summary at the top, which
     * links to the field; a letter's posting by mail is previewed before it is recorded. At both widths.
     */
    @Test
    void aRefusedStepShowsItsErrorOnItsFieldAndAPostingIsPreviewed() throws Exception {
        Files.createDirectories(SHOTS);
        for (int width : new int[] {1366, 390}) {
            Submitted s = handedIn(intake, LocalDate.now(clock));
            long ack = queries.view(ZHUJIAN, s.id()).letters().getFirst().id();
            String casePath = "/console/requests/" + s.id();
            try (Browsers browsers = Browsers.chromium()) {
                Page page = login(browsers, "zhujian");
                page.setViewportSize(width, width == 390 ? 844 : 900);
                page.navigate(url(casePath));
                CaseSteps.open(page, "start-consultation");
                page.fill("#start-consultation-party", " ");
                page.fill("#start-consultation-reason", "涉及第三方的商业秘密");
                page.click("#do-start-consultation");

                assertThat(page.locator(".error-summary a[href='#start-consultation-party']"))
                        .hasText("请填写征求意见的对象名称。");
                assertThat(page.locator("#step-start-consultation[open]")).hasCount(1);
                assertThat(page.locator("#start-consultation-party")).hasAttribute("aria-invalid", "true");
                assertThat(page.locator("#start-consultation-party"))
                        .hasAttribute("aria-describedby", "err-start-consultation-party");
                assertThat(page.locator("#start-consultation-reason")).hasValue("涉及第三方的商业秘密");
                assertThat(overflow(page)).as("refused step at " + width).isLessThanOrEqualTo(0);
                shoot(page, "case-step-refused", width);
                page.click(".error-summary a[href='#start-consultation-party']");
                assertThat(page.locator("#start-consultation-party")).isFocused();

                page.navigate(url(casePath));
                page.click("#mail-" + ack + " > summary");
                page.fill("#mail-" + ack + "-mailNumber", "XA12345678901");
                page.click("#do-mail-" + ack);
                assertThat(page.locator("#mail-number")).hasText("XA12345678901");
                assertThat(overflow(page)).as("mail preview at " + width).isLessThanOrEqualTo(0);
                shoot(page, "mail-preview", width);
                page.click("#do-confirm-mail");
                assertThat(page.locator("#step-done")).hasText("已登记告知书的邮寄信息。");
            }
        }
    }

    private static int overflow(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    private static void shoot(Page page, String name, int width) {
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-" + width + ".png")));
    }

    private Page login(Browsers browsers, String username) {
        Page page = browsers.browser()
                .newContext(new Browser.NewContextOptions().setBypassCSP(true)) // to inject axe-core
                .newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", "demo1234");
        page.click("button[type=submit]");
        page.waitForURL(u -> u.contains("/console"));
        return page;
    }
}
