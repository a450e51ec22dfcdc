package org.gongkai.requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.gongkai.support.Browsers;
import org.gongkai.support.CaseSteps;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: an applicant applies on the portal; the housing bureau's handler confirms, consults a third party
 * and ends the consultation; the reviewer extends; the handler replies with an edited letter and archives; the
 * applicant then sees the letter on the tracking page.
 */
@GongkaiTest
class ApplicationJourneyBrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anApplicationGoesFromThePortalFormToALetterTheApplicantCanSee() {
        try (Browsers browsers = Browsers.chromium()) {
            // Given an applicant who submits the portal form, first with a wrong ID number
            Page applicant = browsers.newPage();
            applicant.navigate(url("/portal/apply"));
            applicant.selectOption("#unitCode", "001008099013");
            applicant.fill("#name", "赵六");
            applicant.fill("#idNumber", "110105194912310021");
            applicant.fill("#phone", "13700001111");
            applicant.fill("#email", "zhaoliu@example.com");
            applicant.fill("#description", "申请公开示例县2026年老旧小区改造项目资金使用情况");
            applicant.click("button[type=submit]");
            assertThat(applicant.locator("#err-applicant-idNumber")).containsText("校验码");
            applicant.fill("#idNumber", "11010519491231002X");
            applicant.click("button[type=submit]");
            String code = applicant.locator("#tracking-code").innerText();
            String secret = applicant.locator("#tracking-secret").innerText();
            assertThat(code).matches("\\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

            // When the housing bureau's handler confirms it, consults a third party and ends the consultation
            Page handler = login(browsers, "zhujian");
            handler.navigate(url("/console/requests?status=AWAITING_CONFIRMATION"));
            handler.click("text=" + code);
            String casePath = handler.url().substring(url("").length());
            CaseSteps.take(handler, "confirm");
            assertThat(handler.locator("#case-status")).hasText("办理中");
            assertThat(handler.locator("#step-done")).containsText("登记回执");
            CaseSteps.open(handler, "start-consultation");
            handler.fill("#start-consultation-party", "示例县某置业有限公司");
            handler.fill("#start-consultation-reason", "涉及第三方商业信息");
            CaseSteps.preview(handler, "start-consultation");
            assertThat(handler.locator("#letter-preview")).containsText("示例县某置业有限公司");
            CaseSteps.confirm(handler, "start-consultation");
            assertThat(handler.locator("#case-status")).hasText("征求意见中");
            CaseSteps.take(handler, "end-consultation", () -> handler.fill("#end-consultation-reason", "第三方书面同意公开"));
            assertThat(handler.locator("#case-status")).hasText("办理中");

            // And the reviewer approves an extension with a reason
            Page reviewer = login(browsers, "reviewer");
            reviewer.navigate(url(casePath));
            CaseSteps.open(reviewer, "extend");
            reviewer.fill("#extend-days", "15");
            reviewer.fill("#extend-reason", "涉及多年度资金档案，需逐卷核对");
            CaseSteps.preview(reviewer, "extend");
            assertThat(reviewer.locator("#letter-preview")).containsText("涉及多年度资金档案，需逐卷核对");
            CaseSteps.confirm(reviewer, "extend");
            assertThat(reviewer.locator("#case-status")).hasText("已延期");
            assertThat(reviewer.locator("#step-done")).containsText("延期答复告知书");

            // And the handler drafts the reply, edits the letter and sends it, then archives the case
            handler.navigate(url(casePath));
            CaseSteps.open(handler, "reply");
            handler.selectOption("#draft-outcome", "granted");
            handler.click("#do-draft");
            String draft = handler.inputValue("#reply-body");
            assertThat(draft).contains("老旧小区改造项目资金使用情况").contains("第三十六条第（二）项");
            handler.fill("#reply-body", " ");
            handler.click("#do-reply");
            assertThat(handler.locator("#action-error")).containsText("未保存任何内容");
            assertThat(handler.locator("main")).containsText("请填写告知书正文");
            assertThat(handler.locator("#case-status")).hasText("已延期");
            handler.fill("#reply-body", draft);
            handler.click("#do-reply");
            assertThat(handler.locator("#err-reply-documents")).containsText("没有附上");
            handler.setInputFiles(
                    "#reply-documents",
                    new com.microsoft.playwright.options.FilePayload(
                            "老旧小区改造资金使用明细表.txt",
                            "text/plain",
                            "2026年老旧小区改造资金使用明细".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            handler.click("#do-reply");
            assertThat(handler.locator("#letter-preview")).containsText("附件：老旧小区改造资金使用明细表.txt");
            assertThat(handler.locator("#letter-preview")).containsText("文号在发出时编定");
            handler.click("#do-confirm-reply");
            assertThat(handler.locator("#case-status")).hasText("已答复");
            assertThat(handler.locator("#letters-h + p + ul, #letters-h ~ ul").first())
                    .containsText("依申复第");
            CaseSteps.open(handler, "archive");
            CaseSteps.preview(handler, "archive");
            assertThat(handler.locator("#archive-letters")).containsText("依申复第");
            assertThat(handler.locator("#archive-files")).containsText("老旧小区改造资金使用明细表.txt");
            assertThat(handler.locator("#archive-outcome")).isVisible();
            handler.click("#do-confirm-archive");
            assertThat(handler.locator("#case-status")).hasText("已归档");

            // Then the applicant sees the letter on the tracking page
            applicant.navigate(url("/portal/track"));
            applicant.fill("#code", code);
            applicant.fill("#secret", secret);
            applicant.click("button[type=submit]");
            assertThat(applicant.locator("#track-status")).hasText("已归档");
            assertThat(applicant.locator("main")).containsText("〔");
            Page letter = applicant.context().newPage();
            letter.navigate(
                    applicant.locator("text=在线查看").last().getAttribute("href").startsWith("/")
                            ? url(applicant.locator("text=在线查看").last().getAttribute("href"))
                            : applicant.locator("text=在线查看").last().getAttribute("href"));
            assertThat(letter.locator("body")).containsText("附件：老旧小区改造资金使用明细表.txt");

            // And a wrong secret shows only the generic message
            Page stranger = browsers.newPage();
            stranger.navigate(url("/portal/track"));
            stranger.fill("#code", code);
            stranger.fill("#secret", "AAAA-BBBB-CCCC");
            stranger.click("button[type=submit]");
            assertThat(stranger.locator("main")).containsText("查询码或查询密码不正确");
            assertThat(stranger.locator("main")).not().containsText("赵六");
        }
    }

    @Test
    void aHandlerRegistersALetterWithTheDaySignedForAndFixesAnInvalidCreditCode() {
        try (Browsers browsers = Browsers.chromium()) {
            Page handler = login(browsers, "zhujian");
            handler.navigate(url("/console/requests/new"));
            handler.selectOption("#channel", "registered_mail");
            String signedFor = handler.inputValue("#receiptDate");
            handler.selectOption("#applicantType", "commercial");
            handler.fill("#name", "钱经理");
            handler.fill("#orgName", "示例县恒达建设工程有限公司");
            handler.fill("#creditCode", "91350100M000100Y44");
            handler.fill("#phone", "0577-66001122");
            handler.selectOption("#delivery", "post");
            handler.fill("#address", "示例县城东街道8号");
            handler.fill("#description", "申请公开某安置房项目的竣工验收备案材料");
            handler.click("main button[type=submit]");
            assertThat(handler.locator("#err-applicant-creditCode")).containsText("统一社会信用代码");
            handler.fill("#creditCode", "91350100M000100Y43");
            handler.click("main button[type=submit]");
            assertThat(handler.locator("#case-status")).hasText("办理中");
            assertThat(handler.locator("main")).containsText(signedFor);
            assertThat(handler.locator("main")).containsText("邮政挂号信");
        }
    }

    private Page login(Browsers browsers, String username) {
        BrowserContext context = browsers.browser().newContext();
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", "demo1234");
        page.click("button[type=submit]");
        page.waitForURL(u -> u.contains("/console"));
        return page;
    }
}
