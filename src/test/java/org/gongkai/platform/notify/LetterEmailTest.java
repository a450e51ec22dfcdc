package org.gongkai.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.support.CaseApi;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every notice released to the applicant reaches them by email, the letter attached as PDF, through a real SMTP
 * server (GreenMail, in this JVM); each letter once, however often delivery runs; a failure is recorded on the
 * case and retried.
 */
@GongkaiTest
class LetterEmailTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    private CaseApi api;
    private GreenMail smtp;
    private Notifications notifications;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        notifications = notificationsAt(clock);
        api = new CaseApi(port);
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    private Notifications notificationsAt(Clock at) {
        return notificationsAt(at, smtp.getSmtp().getPort());
    }

    private Notifications notificationsAt(Clock at, int smtpPort) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "3000");
        NotifyConfig.Gateways gateways =
                new NotifyConfig.Gateways(List.of(new SmtpGateway(sender, "gongkai@example.gov.cn")));
        return new Notifications(
                jdbc,
                gateways,
                new NotifyProperties("gongkai@example.gov.cn", 8, Duration.ofMinutes(1)),
                transactions,
                at);
    }

    @Test
    void eachNoticeToTheApplicantArrivesOnceByEmailWithTheLetterAsPdf() throws Exception {
        // Given an application whose applicant gave an email address, taken through every step that issues a notice
        String email = "applicant" + System.nanoTime() + "@example.com";
        String code = api.newCase(email);
        ok(api.step("zhujian", code, "confirm", "{}"));
        ok(api.step("zhujian", code, "request-correction", "{\"periodDays\":10,\"note\":\"请写明所需信息的年份\"}"));
        ok(api.step("zhujian", code, "correction-received", "{}"));
        ok(api.step("zhujian", code, "start-consultation", "{\"kind\":\"third_party\",\"party\":\"某置业公司\"}"));
        ok(api.step("zhujian", code, "end-consultation", "{\"reason\":\"同意公开\"}"));
        ok(api.step("reviewer", code, "extend", "{\"days\":10,\"reason\":\"需调取多年度档案\"}"));
        ok(api.step("zhujian", code, "fee-notice", "{\"basis\":\"pages\",\"pages\":300}"));
        ok(api.step("zhujian", code, "fee-paid", "{}"));
        ok(api.step(
                "zhujian",
                code,
                "reply",
                "{\"outcome\":\"unable_not_held\",\"letterText\":\"经检索，本机关未制作、获取您申请的政府信息。\"}"));
        JsonNode c = api.get(code);
        List<String> toApplicant = new ArrayList<>();
        for (JsonNode l : c.get("letters")) {
            if (!l.get("kind").asText().equals("consultation")) {
                toApplicant.add(l.get("number").asText());
            }
        }
        assertThat(toApplicant).hasSizeGreaterThanOrEqualTo(6);
        // Each notice (the consultation letter to the third party too) was produced at its step, numbered in the
        // unit's sequence, as PDF and as DOCX, each holding its number
        List<String> kinds = new ArrayList<>();
        List<Integer> sequence = new ArrayList<>();
        for (JsonNode l : c.get("letters")) {
            kinds.add(l.get("kind").asText());
            String number = l.get("number").asText().replaceAll("\\s", "");
            sequence.add(Integer.parseInt(number.replaceAll(".*第(\\d+)号$", "$1")));
            assertThat(number).matches(".*〔\\d{4}〕.+第\\d+号");
            assertThat(api.pdfText(l.get("url").asText())).contains(number);
            assertThat(api.docxText(l.get("url").asText())).contains(number);
        }
        assertThat(kinds)
                .containsSubsequence("acknowledgement", "correction", "consultation", "extension", "fee", "reply");
        assertThat(sequence).isSorted().doesNotHaveDuplicates();

        // When delivery runs, twice
        notifications.deliverDue();
        notifications.deliverDue();

        // Then the applicant has one email per letter released to them (not the consultation letter), each with
        // the letter as a PDF whose text holds the letter's number
        List<MimeMessage> all = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(email))
                .toList();
        List<MimeMessage> mine =
                all.stream().filter(m -> !subject(m).contains("新进展")).toList();
        assertThat(mine).hasSize(toApplicant.size());
        // And each step without a letter to them (the consultation and its end, the fee paid) is told in words
        List<String> steps = new ArrayList<>();
        for (MimeMessage m : all) {
            if (subject(m).contains("新进展")) {
                steps.add(m.getContent().toString());
            }
        }
        assertThat(String.join("\n", steps))
                .contains("征求第三方或其他机关的意见", "征求意见结束，答复期限继续计算", "收到了您缴纳的信息处理费")
                .contains(code);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mine) {
            subjects.add(m.getSubject());
            String pdfText = pdfTextOf(m);
            assertThat(toApplicant).anyMatch(no -> pdfText.contains(no.replaceAll("\\s", "")));
            assertThat(m.getMessageID()).endsWith("@gongkai.notify>");
        }
        assertThat(String.join("\n", subjects))
                .contains("登记回执", "补正告知书", "延期答复告知书", "缴费通知书", "答复告知书")
                .doesNotContain("征求意见函");
        // And the case page lists what was sent (the address masked in that list; the handler sees it in full above)
        String page = new Http(port)
                .getAs("zhujian", "/console/requests/" + idOf(code))
                .body();
        String sentList = page.substring(page.indexOf("id=\"notifications\""));
        assertThat(sentList.substring(0, sentList.indexOf("</section>")))
                .contains("已发送", "a***@example.com", "缴费通知书")
                .doesNotContain(email);
    }

    @Test
    void aFailedDeliveryIsRecordedAndRetriedWithTheSameMessageId() throws Exception {
        // Given a letter waiting and the mail server down
        String email = "retry" + System.nanoTime() + "@example.com";
        String code = api.newCase(email);
        ok(api.step("zhujian", code, "confirm", "{}"));
        smtp.stop();
        // When delivery runs, it fails and says why
        notifications.deliverDue();
        long id = idOf(code);
        List<DeliveryRecord> records = notifications.about("disclosure_request", String.valueOf(id));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).isNotBlank();
        });
        // And when the server is back and the wait is over, the same message goes out, once
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Notifications later = notificationsAt(Clock.offset(clock, Duration.ofMinutes(2)));
        later.deliverDue();
        later.deliverDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)))
                .hasSize(1);
        assertThat(notifications.about("disclosure_request", String.valueOf(id)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(NotificationStatus.SENT);
                    assertThat(r.attempts()).isEqualTo(2);
                });
    }

    @Test
    void aTimeoutAfterTheServerTookTheMessageIsNeverFollowedByASecondCopy() throws Exception {
        // Given what other tests left waiting delivered, then a new application whose acknowledgement waits
        notifications.deliverDue();
        String email = "timeout" + System.nanoTime() + "@example.com";
        String code = api.newCase(email);
        ok(api.step("zhujian", code, "confirm", "{}"));
        long id = idOf(code);
        // When delivery runs through a network that drops the server's answer once the message is handed over
        try (WithheldReplyProxy proxy = new WithheldReplyProxy(smtp.getSmtp().getPort(), email)) {
            notificationsAt(clock, proxy.port()).deliverDue();
        }
        // Then the message arrived, and the record says the answer never came
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        List<DeliveryRecord> records = notifications.about("disclosure_request", String.valueOf(id));
        assertThat(records).isNotEmpty().allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(NotificationStatus.UNCERTAIN);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).isNotBlank();
        });
        long arrived = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(email))
                .count();
        assertThat(arrived).isEqualTo(records.size());
        // And when delivery runs again after the retry wait, straight to the server, nothing is sent a second time
        Notifications later = notificationsAt(Clock.offset(clock, Duration.ofHours(2)));
        later.deliverDue();
        later.deliverDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)))
                .hasSize((int) arrived);
        assertThat(notifications.about("disclosure_request", String.valueOf(id)))
                .allSatisfy(r -> assertThat(r.attempts()).isEqualTo(1));
        // And the case page says so in words
        String page = new Http(port).getAs("zhujian", "/console/requests/" + id).body();
        assertThat(page).contains("未确认送达");
    }

    private long idOf(String code) {
        return jdbc.sql("select id from disclosure_request where tracking_code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfTextOf(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.getContentType().startsWith("application/pdf")) {
                return CaseApi.pdfText(p.getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("no PDF attached to " + m.getSubject());
    }

    private static void ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
