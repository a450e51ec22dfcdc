package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.rendering.DocumentRenderer;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The disclosure office edits what letters say about their issuer in the console: bad values are refused by field
 * with nothing saved; each save is a new version, audited; new letters carry the new values (and the seal) while a
 * letter issued before keeps what it was sent with; a handler may not edit.
 */
@GongkaiTest
class LetterSettingsEditorTest {

    /** 县统计局: no demo applications, no settings of its own. */
    static final String STATS = "001008099024";

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    ReplyLetters letters;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String pdfText(Letter l) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(l.xhtml()))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
    }

    private static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(120, 120, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.drawOval(5, 5, 110, 110);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Map<String, String> settingsForm(String person, String phone) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", STATS);
        f.put("issuingBody", "示例县统计局");
        f.put("contactPerson", person);
        f.put("contactPhone", phone);
        f.put("reconsiderationBody", "示例县人民政府");
        f.put("court", "示例市中级人民法院");
        f.put("feePayment", "");
        f.put("titleFace", "song");
        f.put("bodyFace", "fangsong");
        return f;
    }

    private long saves() {
        return jdbc.sql("select count(*) from audit_log where action = 'letter-settings.save' and entity_id = ?")
                .param(STATS)
                .query(Long.class)
                .single();
    }

    @Test
    void savedSettingsReachNewLettersWhileEarlierLettersKeepWhatTheyWereSentWith() throws Exception {
        StaffMemberCase stats = new StaffMemberCase();
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        String page = "/console/letter-settings?code=" + STATS;
        // Given a letter issued under the first version
        HttpResponse<String> first =
                office.upload(page, "/console/letter-settings", "seal", Map.of(), settingsForm("张统计", "0571-12345678"));
        assertThat(first.statusCode()).isEqualTo(302);
        Letter before = stats.reply();
        assertThat(pdfText(before)).contains("张统计").contains("0571-12345678").contains("示例市中级人民法院");
        // When the office saves a second version with a seal
        HttpResponse<String> second = office.upload(
                page,
                "/console/letter-settings",
                "seal",
                Map.of("seal.png", png()),
                settingsForm("李统计", "0571-87654321"));
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith("saved=" + version());
        // Then a new letter carries the new contact and the seal, and the earlier one is unchanged
        Letter after = stats.reply();
        assertThat(pdfText(after)).contains("李统计").contains("0571-87654321").doesNotContain("张统计");
        assertThat(after.xhtml()).contains("data:image/png;base64,");
        assertThat(pdfText(before)).contains("张统计").doesNotContain("李统计");
        assertThat(before.xhtml()).doesNotContain("data:image/png;base64,");
        // And every version is kept, each save audited, and the page shows the current version
        assertThat(jdbc.sql("select count(*) from letter_settings_version where code = ?")
                        .param(STATS)
                        .query(Long.class)
                        .single())
                .isEqualTo(version());
        assertThat(saves()).isEqualTo(version());
        assertThat(office.get(page).body()).contains("当前为第 " + version() + " 版").contains("李统计");
    }

    @Test
    void badValuesAreRefusedByFieldAndNothingIsSaved() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        String page = "/console/letter-settings?code=" + STATS;
        int v = version();
        long audited = saves();
        Map<String, String> bad = settingsForm("（请写明联系人）", "call me");
        bad.put("titleFace", "comic-sans");
        HttpResponse<String> r = office.upload(
                page,
                "/console/letter-settings",
                "seal",
                Map.of("seal.png", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                bad);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("id=\"err-contactPerson\"")
                .contains("id=\"err-contactPhone\"")
                .contains("id=\"err-titleFace\"")
                .contains("id=\"err-seal\"")
                .contains("印章图片须为 PNG 格式");
        assertThat(version()).isEqualTo(v);
        assertThat(saves()).isEqualTo(audited);
    }

    @Test
    void aHandlerMayNotEditAndTheRefusalIsAudited() throws Exception {
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        assertThat(handler.get("/console/letter-settings").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'denied.letter-settings.view' and actor = ?")
                        .param("zhujian")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private int version() {
        return jdbc.sql("select coalesce(max(version), 0) from letter_settings where code = ?")
                .param(STATS)
                .query(Integer.class)
                .single();
    }

    /** A case of the statistics bureau, answered. */
    private class StaffMemberCase {
        final org.gongkai.org.StaffMember handler =
                new org.gongkai.org.StaffMember("tongji", "县统计局 经办", org.gongkai.org.Role.HANDLER, STATS);

        Letter reply() {
            long id = intake.register(handler, CaseFixture.form(STATS, "in_person"), LocalDate.now(clock), List.of())
                    .id();
            return letters.reply(handler, id, Outcome.GRANTED, Article.A36_2, "予以公开。", List.of());
        }
    }
}
