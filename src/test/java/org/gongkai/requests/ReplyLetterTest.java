package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reply letter: drafted per outcome, edited, numbered per unit per year, downloadable as PDF and DOCX. */
@GongkaiTest
class ReplyLetterTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    ReplyLetters letters;

    @Autowired
    RequestQueries queries;

    @Autowired
    java.time.Clock clock;

    private byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", Http.bearer(port, user))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void eachOutcomeHasADraftCitingItsArticle() {
        long id = handedIn(intake, LocalDate.now(clock)).id();
        DisclosureRequest r = queries.view(ZHUJIAN, id).request();
        for (Outcome o : Outcome.values()) {
            String draft = letters.draft(r, o, o.defaultArticle());
            assertThat(draft)
                    .as(o.key())
                    .contains("申请公开某小区竣工验收备案材料")
                    .contains("中华人民共和国政府信息公开条例")
                    .doesNotContain("{");
        }
        // No consultation happened on this case: the draft says none did
        assertThat(letters.draft(r, Outcome.WITHHELD_THIRD_PARTY, Article.A15)).doesNotContain("征求");
        assertThat(letters.draft(r, Outcome.UNABLE_NEEDS_CREATION, Article.A38)).contains("第三十八条");
    }

    @Test
    void theEditedLetterIsNumberedInTheUnitsSequenceAndRendersToPdfAndDocxInChinese() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long first = handedIn(intake, today).id();
        long second = handedIn(intake, today).id();
        Letter a = letters.reply(
                ZHUJIAN,
                first,
                Outcome.GRANTED,
                Article.A36_2,
                "经审查，现予公开，详见附件。",
                List.of(new NewAttachment("竣工验收备案表.txt", "竣工验收备案表".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        Letter b = letters.reply(ZHUJIAN, second, Outcome.UNABLE_NOT_HELD, Article.A36_4, "经检索，该信息不存在。", List.of());
        // Numbers follow each other in the unit's sequence for the year
        int na = Integer.parseInt(a.letterNo().replaceAll(".*第(\\d+)号", "$1"));
        int nb = Integer.parseInt(b.letterNo().replaceAll(".*第(\\d+)号", "$1"));
        assertThat(nb).isEqualTo(na + 1);
        assertThat(a.letterNo()).startsWith("〔" + today.getYear() + "〕示住建依申复第");
        // The PDF's text extracts as Chinese
        try (PDDocument pdf = Loader.loadPDF(download("zhujian", "/console/requests/letters/" + a.id() + ".pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\R", "");
            assertThat(text)
                    .contains("政府信息公开申请答复告知书")
                    .contains("经审查，现予公开，详见附件。")
                    .contains("王五");
        }
        // And so does the DOCX
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                        download("zhujian", "/console/requests/letters/" + a.id() + ".docx")));
                XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            assertThat(words.getText()).contains("附件：竣工验收备案表.txt").contains(a.letterNo());
        }
    }
}
