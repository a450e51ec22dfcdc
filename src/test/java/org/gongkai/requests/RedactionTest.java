package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.CaseFixture.ZHUJIAN;
import static org.gongkai.requests.CaseFixture.handedIn;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.rendering.DocumentRenderer;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Partial disclosure with real redaction: the system proposes the ID number, the mobile number and the person's
 * name found in a file's text; the released copy has nothing extractable under its areas; the original stays
 * internal; an area off the page is refused naming it.
 */
@GongkaiTest
class RedactionTest {

    private static final String ID = "11010519491231002X";
    private static final String MOBILE = "13912345678";

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    ReplyLetters letters;

    @Autowired
    Redactions redactions;

    @Autowired
    AttachmentStore files;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    private byte[] twoPages() {
        return renderer.pdf("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>材料</title></head><body>
                <p>关于城关镇老旧小区改造项目补助资金的说明</p>
                <p>经核实，申请人张三（身份证号码%s，联系电话%s）于2024年提出补助申请。</p>
                <p style="page-break-after: always">项目共涉及住户120户。</p>
                <p>第二页：补助资金共计100万元，已全部拨付到位。</p>
                </body></html>""".formatted(ID, MOBILE));
    }

    private static String text(byte[] pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc).replaceAll("\\s", "");
        }
    }

    @Test
    void theReleasedCopyHasNothingExtractableUnderItsAreasAndTheOriginalStaysInternal() throws Exception {
        // Given a file to be released that names a person with her ID and mobile numbers
        long id = handedIn(intake, LocalDate.now(clock)).id();
        long fileId = letters.upload(ZHUJIAN, id, new NewAttachment("补助说明.pdf", twoPages()));
        assertThat(text(files.content(fileId), 1)).contains(ID, MOBILE, "张三");

        // When the system proposes areas
        Redactions.Proposal p = redactions.propose(ZHUJIAN, id, fileId);
        // Then it found the ID number, the mobile number and the name, each shown masked
        assertThat(p.areas())
                .extracting(RedactionArea::kind)
                .contains(RedactionArea.ID_NUMBER, RedactionArea.MOBILE, RedactionArea.PERSON_NAME);
        assertThat(p.areas()).extracting(RedactionArea::found).doesNotContain(ID, MOBILE, "张三");
        assertThat(p.areas()).allSatisfy(a -> assertThat(a.page()).isEqualTo(1));

        // When the handler confirms them
        long copy = redactions.apply(ZHUJIAN, id, fileId, p.areas());

        // Then nothing under the areas can be extracted from the released copy, and the other page keeps its text
        byte[] released = files.content(copy);
        String all = text(released, 1) + text(released, 2);
        assertThat(all).doesNotContain(ID).doesNotContain(MOBILE).doesNotContain("张三");
        assertThat(text(released, 2)).contains("补助资金共计100万元");
        // And the areas are black in the pixels
        RedactionArea idArea = p.areas().stream()
                .filter(a -> a.kind().equals(RedactionArea.ID_NUMBER))
                .findFirst()
                .orElseThrow();
        try (PDDocument doc = Loader.loadPDF(released)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            int rgb = page.getRGB((int) (idArea.x() + idArea.width() / 2), (int) (idArea.y() + idArea.height() / 2));
            assertThat(rgb & 0xFFFFFF).isZero();
        }
        // And the copy is named as redacted, the original moved out of what can be released, and it is audited
        assertThat(files.find(copy).orElseThrow().filename()).isEqualTo("补助说明（遮盖处理）.pdf");
        assertThat(files.find(fileId).orElseThrow().source()).isEqualTo(Redactions.ORIGINAL);
        assertThatThrownBy(() -> redactions.propose(ZHUJIAN, id, fileId)).isInstanceOf(NotFoundException.class);
        assertThat(audit.forEntity("disclosure_request", String.valueOf(id)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("request.redact"));
    }

    @Test
    void anAreaOffThePageIsRefusedNamingItAndNothingIsStored() throws Exception {
        long id = handedIn(intake, LocalDate.now(clock)).id();
        long fileId = letters.upload(ZHUJIAN, id, new NewAttachment("说明.pdf", twoPages()));
        int before = files.forRequest(id).size();
        assertThatThrownBy(() -> redactions.apply(
                        ZHUJIAN,
                        id,
                        fileId,
                        List.of(new RedactionArea(1, 500, 800, 200, 100, RedactionArea.MANUAL, ""))))
                .isInstanceOf(InvalidInputException.class);
        // Through the console page: the page shows the proposals, and a bad area is refused inline, by line
        ConsoleSession console = new ConsoleSession(port, "zhujian");
        String page = "/console/requests/" + id + "/files/" + fileId + "/redact";
        assertThat(console.get(page).body()).contains("身份证号码", "110***********002X", "遮盖处理");
        var off = console.post(page, page, Map.of("manual", "1, 500, 800, 200, 100"));
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(off.body()).contains("超出了第 1 页").contains("id=\"err-manual\"");
        var garbled = console.post(page, page, Map.of("manual", "第一页左上角"));
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("第 1 行不是");
        assertThat(files.forRequest(id)).hasSize(before);
        // And a page image is served for the handler to check the areas on
        assertThat(console.get("/console/requests/" + id + "/files/" + fileId + "/pages/1.png")
                        .statusCode())
                .isEqualTo(200);
    }
}
