package org.gongkai.requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.gongkai.support.Browsers;
import org.gongkai.support.CaseSteps;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a 部分公开 reply without the reasons or without the promised attachment is refused on the case page;
 * with them the handler sees the exact letter, confirms it, and the applicant's tracking page shows the history in
 * plain words and the letter with its reasons, attachment list and remedies.
 */
@GongkaiTest
class PartialReplyBrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aPartialReplyGoesOutOnlyWithItsReasonsAndItsAttachmentAndTheApplicantSeesIt() throws Exception {
        JsonNode submitted = new ObjectMapper()
                .readTree(new Http(port).postJson("/api/v1/requests", """
                                {"unitCode":"001008099013","applicant":{"type":"natural_person","name":"孙七",
                                 "idType":"resident_id","idNumber":"11010519491231002X","phone":"13800000001"},
                                 "description":"申请公开城关镇某安置房项目施工合同","channel":"online","delivery":"email",
                                 "email":"sunqi@example.com"}""").body());
        String code = submitted.get("trackingCode").asText();
        String secret = submitted.get("secret").asText();
        try (Browsers browsers = Browsers.chromium()) {
            // Given the handler confirms the application and drafts a 部分公开 reply
            Page handler = browsers.browser().newContext().newPage();
            handler.navigate(url("/login"));
            handler.fill("#username", "zhujian");
            handler.fill("#password", "demo1234");
            handler.click("button[type=submit]");
            handler.waitForURL(u -> u.contains("/console"));
            handler.navigate(url("/console/requests?status=AWAITING_CONFIRMATION"));
            handler.click("text=" + code);
            CaseSteps.take(handler, "confirm");
            assertThat(handler.locator("#case-status")).hasText("办理中");
            CaseSteps.open(handler, "reply");
            handler.selectOption("#draft-outcome", "partially_granted");
            handler.click("#do-draft");
            org.assertj.core.api.Assertions.assertThat(handler.inputValue("#reply-body"))
                    .contains("详见附件")
                    .doesNotContain("请写明");

            // When it is sent without reasons and without the attachment the draft promises, it is refused
            handler.click("#do-reply");
            assertThat(handler.locator("#err-reply-reason")).containsText("理由");
            assertThat(handler.locator("#err-reply-documents")).containsText("附件");
            assertThat(handler.locator("#case-status")).hasText("办理中");

            // Then with both, the exact letter is shown before it goes out
            handler.fill("#reply-reason", "合同中的个人身份信息属于个人隐私，公开会损害第三方合法权益");
            handler.setInputFiles(
                    "#reply-documents",
                    new FilePayload("施工合同（已删除个人信息）.txt", "text/plain", "施工合同正文".getBytes(StandardCharsets.UTF_8)));
            handler.click("#do-reply");
            assertThat(handler.locator("#letter-preview")).containsText("不予公开部分的理由：合同中的个人身份信息");
            assertThat(handler.locator("#letter-preview")).containsText("附件：施工合同（已删除个人信息）.txt");
            assertThat(handler.locator("#letter-preview")).containsText("六十日内");
            // A 部分公开 reply goes to a reviewer first: there is no send button until it is approved
            assertThat(handler.locator("#do-confirm-reply")).hasCount(0);
            handler.click("#do-submit-review");
            assertThat(handler.locator("#review-state")).containsText("等待审核人员审核");
            String casePage = handler.url();
            Page reviewer = browsers.browser().newContext().newPage();
            reviewer.navigate(url("/login"));
            reviewer.fill("#username", "reviewer");
            reviewer.fill("#password", "demo1234");
            reviewer.click("button[type=submit]");
            reviewer.waitForURL(u -> u.contains("/console"));
            reviewer.navigate(casePage);
            assertThat(reviewer.locator("#review-body")).containsText("详见附件");
            CaseSteps.take(reviewer, "approve-reply", () -> reviewer.fill("#approve-reply-note", "同意"));
            assertThat(reviewer.locator("#step-done")).containsText("已审核通过");
            assertThat(reviewer.locator("#review-state")).containsText("审核通过");

            // And once approved the handler sends exactly the approved letter
            handler.navigate(casePage);
            org.assertj.core.api.Assertions.assertThat(handler.inputValue("#reply-reason"))
                    .startsWith("合同中的个人身份信息属于个人隐私");
            CaseSteps.open(handler, "reply");
            handler.click("#do-reply");
            assertThat(handler.locator("#letter-preview")).containsText("附件：施工合同（已删除个人信息）.txt");
            handler.click("#do-confirm-reply");
            assertThat(handler.locator("#case-status")).hasText("已答复");

            // And the applicant sees the history and the letter
            Page applicant = browsers.newPage();
            applicant.navigate(url("/portal/track"));
            applicant.fill("#code", code);
            applicant.fill("#secret", secret);
            applicant.click("button[type=submit]");
            assertThat(applicant.locator("#track-outcome")).hasText("部分公开");
            assertThat(applicant.locator("#track-history")).containsText("确认收到了您的申请");
            assertThat(applicant.locator("#track-history")).containsText("作出了答复");
            assertThat(applicant.locator("main")).containsText("政府信息公开申请答复告知书");
            assertThat(applicant.locator("main")).containsText("政府信息公开申请登记回执");
            assertThat(applicant.locator("main")).containsText("施工合同（已删除个人信息）.txt");
            Page letter = applicant.context().newPage();
            letter.navigate(url(applicant.locator("text=在线查看").last().getAttribute("href")));
            assertThat(letter.locator("body")).containsText("不予公开部分的理由：合同中的个人身份信息");
            assertThat(letter.locator("body")).containsText("六个月内");

            // And the applicant rates the handling once; the rating is recorded
            applicant.click("#do-rate");
            assertThat(applicant.locator("#err-rating")).containsText("请选择");
            applicant.check("#rating-4");
            applicant.fill("#comment", "答复清楚");
            applicant.click("#do-rate");
            assertThat(applicant.locator("#rated")).containsText("感谢");
        }
    }
}
