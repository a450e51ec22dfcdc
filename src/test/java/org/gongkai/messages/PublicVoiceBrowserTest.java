package org.gongkai.messages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.support.Browsers;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a citizen leaves a message, the office routes it, the unit drafts a reply, the office approves, and
 * the reply appears publicly without the citizen's phone; the citizen rates it. A consultation closes, publishes
 * its adoption feedback and links the final document, which links back.
 */
@GongkaiTest
class PublicVoiceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicCatalog catalog;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A page in its own context that lets axe-core be injected despite the CSP. */
    private static Page checkable(Browsers b) {
        return b.browser()
                .newContext(new Browser.NewContextOptions().setBypassCSP(true))
                .newPage();
    }

    private Page login(Browsers b, String user) {
        Page p = b.newPage();
        p.navigate(url("/login"));
        p.fill("#username", user);
        p.fill("#password", "demo1234");
        p.click("button[type=submit]");
        p.waitForURL(u -> u.contains("/console"));
        return p;
    }

    @Test
    void aMessageIsAnsweredThroughTheUnitAndTheOfficeAndPublishedWithoutThePhone() {
        try (Browsers b = Browsers.chromium()) {
            // Given a citizen whose first attempt is empty
            Page citizen = checkable(b);
            citizen.navigate(url("/portal/messages"));
            citizen.click("#write-message");
            citizen.click("#send-message");
            assertThat(citizen.locator("#err-subject")).isVisible();
            assertThat(citizen.locator("#err-body")).isVisible();
            assertThat(citizen.locator("#err-name")).isVisible();
            assertThat(citizen.locator("#subject")).hasAttribute("aria-describedby", "err-subject");
            assertThat(Browsers.seriousAccessibilityViolations(citizen)).isEmpty();

            // When the citizen leaves a message with a phone number, consenting to publication
            citizen.fill("#name", "冯晓东");
            citizen.fill("#phone", "13911112222");
            citizen.fill("#subject", "城南公园夜间照明不足");
            citizen.fill("#body", "城南公园步道晚上太暗，建议增加路灯。我的电话13911112222。");
            citizen.check("#publicReplyWanted");
            citizen.click("#send-message");
            String code = citizen.textContent("#sent-code").strip();
            String secret = citizen.textContent("#sent-secret").strip();

            // And the office routes it to the housing bureau
            Page office = login(b, "reviewer");
            office.navigate(url("/console/messages"));
            office.click("text=" + code);
            String casePage = office.url();
            office.selectOption("#route-unitCode", "001008099013");
            office.click("#do-route");
            assertThat(office.locator("#message-status")).hasText("办理中");

            // And the unit drafts a reply for publication
            Page unit = login(b, "zhujian");
            unit.navigate(casePage);
            assertThat(unit.locator("#do-approve")).hasCount(0);
            unit.fill("#draft-text", "冯晓东您好！城南公园将于下月增设路灯12盏。");
            unit.check("#draft-publish");
            unit.click("#do-draft");
            assertThat(unit.locator("#message-status")).hasText("答复待审核");

            // And the office approves it
            office.navigate(casePage);
            office.click("#do-approve");
            assertThat(office.locator("#message-status")).hasText("已答复");

            // Then the reply is public without the phone or the name
            Page visitor = checkable(b);
            visitor.navigate(url("/portal/messages"));
            assertThat(visitor.locator("main")).containsText("城南公园夜间照明不足");
            assertThat(visitor.locator("main")).containsText("城南公园将于下月增设路灯12盏");
            assertThat(visitor.content()).doesNotContain("13911112222", "冯晓东");
            assertThat(Browsers.seriousAccessibilityViolations(visitor)).isEmpty();

            // And the citizen follows it and rates the reply
            citizen.navigate(url("/portal/messages/track"));
            citizen.fill("#code", code);
            citizen.fill("#secret", secret);
            citizen.click("main button[type=submit]");
            assertThat(citizen.locator("#message-reply")).containsText("增设路灯");
            citizen.check("#rating-satisfied");
            citizen.click("#do-rate");
            assertThat(citizen.locator("#rated")).containsText("满意");
        }
    }

    @Test
    void aClosedConsultationPublishesItsFeedbackLinkedBothWaysWithTheFinalDocument() {
        CatalogItem finalDoc = catalog.latest(200).stream()
                .filter(i -> i.content().docType() == DocumentType.NORMATIVE)
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(org.gongkai.platform.China.ZONE);
        try (Browsers b = Browsers.chromium()) {
            // Given a consultation whose period ended yesterday
            Page unit = login(b, "zhujian");
            unit.navigate(url("/console/consultations/new"));
            unit.selectOption("#kind", "normative-document");
            unit.fill("#title", "《示例县物业服务收费管理办法（征求意见稿）》");
            unit.fill("#draftText", "第一条 为规范物业服务收费，制定本办法。");
            unit.fill("#explanation", "起草说明：规范住宅小区物业服务收费行为。");
            unit.fill("#opensOn", today.minusDays(30).toString());
            unit.fill("#closesOn", today.minusDays(1).toString());
            unit.click("#do-create");
            assertThat(unit.locator("#consultation-phase")).hasText("征集结束，正在整理意见");

            // When the unit publishes the adoption feedback and links the final document
            unit.click("#do-feedback");
            assertThat(unit.locator("#err-feedback")).isVisible();
            unit.fill("#feedback", "征求意见期间未收到意见，按原稿印发。");
            unit.click("#do-feedback");
            assertThat(unit.locator("#consultation-phase")).hasText("已公布采纳情况");
            unit.fill("#indexNumber", "no-such-number");
            unit.click("#do-link");
            assertThat(unit.locator("#err-indexNumber")).isVisible();
            unit.fill("#indexNumber", finalDoc.indexNumber().toString());
            unit.click("#do-link");
            assertThat(unit.locator("#final-document")).containsText(finalDoc.title());

            // Then the public sees the feedback and the final document, and the document links back
            Page visitor = checkable(b);
            visitor.navigate(url("/portal/consultations"));
            visitor.locator("#closed-list").locator("text=物业服务收费管理办法").click();
            assertThat(visitor.locator("#feedback")).containsText("按原稿印发");
            visitor.locator("#final-document a").click();
            assertThat(visitor.locator("#item-consultations")).containsText("物业服务收费管理办法");
            assertThat(Browsers.seriousAccessibilityViolations(visitor)).isEmpty();
        }
    }
}
