package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.rendering.DocumentRenderer;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reply letter looks like an official document (GB/T 9704): the issuing body and title centred at the top, the
 * number centred under it, the body, reasons, remedies and 附件 list, then the issuing body and the date in Chinese
 * numerals at the right; the title never breaks inside a word.
 */
@GongkaiTest
class LetterLayoutTest {

    @Autowired
    RequestIntake intake;

    @Autowired
    ReplyLetters letters;

    @Autowired
    RequestWorkflow workflow;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    java.time.Clock clock;

    @Autowired
    LetterSettingsEditor settings;

    /** 县自然资源和规划局: a unit no other letter test sets up, given a contact and a seal here. */
    static final String ZIRAN_UNIT = "001008099011";

    static final org.gongkai.org.StaffMember ZIRAN =
            new org.gongkai.org.StaffMember("ziranziyuan", "县自然资源和规划局 陈经办", org.gongkai.org.Role.HANDLER, ZIRAN_UNIT);

    /** A seal: a solid red disc on a transparent ground. */
    private static byte[] sealPng() throws Exception {
        var image = new java.awt.image.BufferedImage(300, 300, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(220, 0, 0));
        g.fillOval(0, 0, 300, 300);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A 部分公开 reply of 县自然资源和规划局, whose settings give a contact person, a phone and a seal. */
    private Letter sealedReply() throws Exception {
        settings.save(
                REVIEWER,
                ZIRAN_UNIT,
                new LetterSettingsEditor.Form(null, null, null, "陈联络", "0571-86001234", null, null, null),
                sealPng(),
                false);
        long id = intake.register(ZIRAN, form(ZIRAN_UNIT, "in_person"), LocalDate.now(clock), List.of())
                .id();
        long file = letters.upload(
                ZIRAN, id, new NewAttachment("规划许可证.txt", "许可证".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ReplyLetters.ReplyDraft draft = new ReplyLetters.ReplyDraft(
                Outcome.PARTIALLY_GRANTED,
                Article.A37,
                "经审查，您申请获取的政府信息中部分内容涉及个人隐私，能够作区分处理，本机关向您提供可以公开的部分。",
                "许可证中的个人身份信息属于个人隐私",
                List.of(file));
        letters.submitForReview(ZIRAN, id, draft);
        workflow.approveReply(REVIEWER, id, null);
        return letters.reply(ZIRAN, id, draft);
    }

    /** Every line of the first page: its text and where it starts, ends and sits. */
    record Line(String text, float left, float right, float y, String font) {}

    private static List<Line> lines(PDDocument pdf) throws Exception {
        List<Line> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.getFirst();
                TextPosition last = positions.getLast();
                out.add(new Line(
                        text.strip(),
                        first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj(),
                        first.getFont().getName()));
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(pdf);
        return out;
    }

    private static Line line(List<Line> lines, String start) {
        return lines.stream()
                .filter(l -> l.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + start + " in " + lines));
    }

    /** A 部分公开 reply with a reason and one released file, approved by a reviewer and sent. */
    private Letter partialReply() {
        long id = handedIn(intake, LocalDate.now(clock)).id();
        long file = letters.upload(
                ZHUJIAN, id, new NewAttachment("竣工验收备案表.txt", "备案表".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ReplyLetters.ReplyDraft draft = new ReplyLetters.ReplyDraft(
                Outcome.PARTIALLY_GRANTED,
                Article.A37,
                "经审查，您申请获取的政府信息中部分内容涉及个人隐私，能够作区分处理，本机关向您提供可以公开的部分，详见附件。",
                "合同中的个人身份信息属于个人隐私",
                List.of(file));
        // A 部分公开 reply goes out once a reviewer approved it
        letters.submitForReview(ZHUJIAN, id, draft);
        workflow.approveReply(REVIEWER, id, null);
        return letters.reply(ZHUJIAN, id, draft);
    }

    @Test
    void theLetterIsLaidOutAsAnOfficialDocument() throws Exception {
        Letter letter = partialReply();
        byte[] pdfBytes = renderer.pdf(letter.xhtml());
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            float width = pdf.getPage(0).getMediaBox().getWidth();
            // A picture to look at (target/letter-layout.png)
            Path png = Path.of("target", "letter-layout.png");
            javax.imageio.ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 100), "png", png.toFile());
            assertThat(Files.size(png)).isPositive();

            List<Line> lines = lines(pdf);
            Line issuer = line(lines, "示例县住房和城乡建设局");
            Line title = line(lines, "政府信息公开申请答复告知书");
            Line number = line(lines, "〔");
            Line date = line(lines, ChineseDates.format(letter.issuedOn()));
            // The title block is centred and whole: the title on one line, not broken inside a word
            assertThat(Math.abs((title.left() + title.right()) / 2 - width / 2)).isLessThan(20);
            assertThat(Math.abs((number.left() + number.right()) / 2 - width / 2))
                    .isLessThan(20);
            assertThat(title.text()).isEqualTo("政府信息公开申请答复告知书");
            assertThat(issuer.y()).isLessThan(title.y());
            assertThat(title.y()).isLessThan(number.y());
            // The date, in Chinese numerals, sits at the right below the body, reasons, remedies and 附件 list
            Line reasons = line(lines, "不予公开部分的理由");
            Line attachments = line(lines, "附件：竣工验收备案表.txt");
            assertThat(reasons.y()).isLessThan(attachments.y());
            assertThat(attachments.y()).isLessThan(date.y());
            // 右空四字: the date ends about four characters (16 pt each) before the right margin (26 mm)
            assertThat(date.right()).isBetween(width - 74 - 80, width - 74 - 48);
            assertThat(date.left()).isGreaterThan(width / 3);
            // The title in a Song face, the body in a FangSong-style face (AR PL UMing / UKai, from Debian's
            // fonts-arphic-uming and fonts-arphic-ukai, which .ci/ensure-fonts installs)
            assertThat(title.font()).as("title face").contains("UMing");
            assertThat(reasons.font()).as("body face").contains("UKai");
            assertThat(date.text()).matches("二〇[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日");
        }
    }

    @Test
    void theSealSitsOverTheIssuerAndTheDateAtTheRight() throws Exception {
        Letter letter = sealedReply();
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(letter.xhtml()))) {
            float width = pdf.getPage(0).getMediaBox().getWidth();
            float height = pdf.getPage(0).getMediaBox().getHeight();
            List<Line> lines = lines(pdf);
            Line issuer = lines.stream()
                    .filter(l -> l.text().equals("示例县自然资源和规划局"))
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no signature line in " + lines));
            Line date = line(lines, ChineseDates.format(letter.issuedOn()));
            Line attachments = line(lines, "附件：规划许可证.txt");
            Line contact = line(lines, "（联系人：陈联络");
            // The signature is centred over the date (GB/T 9704 7.3.5.1), the date four characters from the right
            assertThat(Math.abs((issuer.left() + issuer.right()) / 2 - (date.left() + date.right()) / 2))
                    .isLessThan(8);
            assertThat(issuer.y()).isLessThan(date.y());
            // The seal, found by its red pixels in the rendered page (72 dpi: one pixel a point)
            var image = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            javax.imageio.ImageIO.write(
                    image, "png", Path.of("target", "letter-seal.png").toFile());
            int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    if (r > 150 && g < 90 && b < 90) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            assertThat(maxX).as("red seal pixels on the page").isPositive();
            // 42 mm across (119 pt), inside the page
            assertThat(maxX - minX).isBetween(110, 125);
            assertThat(maxY - minY).isBetween(110, 125);
            assertThat(minX).isPositive();
            assertThat(minY).isPositive();
            assertThat(maxX).isLessThan((int) width);
            assertThat(maxY).isLessThan((int) height);
            // At the right, over the signature and the date: both lie inside it, a little below its centre
            float sealCentreX = (minX + maxX) / 2f;
            float sealCentreY = (minY + maxY) / 2f;
            assertThat(minX).isGreaterThan((int) (width / 2));
            assertThat(Math.abs(sealCentreX - (date.left() + date.right()) / 2)).isLessThan(10);
            assertThat((float) minY).isLessThan(issuer.y() - 16);
            assertThat((float) maxY).isGreaterThan(date.y());
            assertThat(sealCentreY).isLessThan(date.y()).isGreaterThan(issuer.y() - 40);
            // Its top within a line of the text above it, and it does not cover the contact line below
            assertThat((float) minY).isGreaterThan(attachments.y());
            assertThat((float) minY - attachments.y()).isLessThan(56);
            assertThat((float) maxY).isLessThan(contact.y() - 12);
        }
    }

    @Test
    void theDocxIsLaidOutAsThePdf() throws Exception {
        Letter letter = sealedReply();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(renderer.docx(letter.xhtml())))) {
            var ps = docx.getParagraphs();
            // The title: the issuing body in full with the government's name, then the kind, centred, in 宋体 at
            // 22 pt (二号), not bold, and each on its own line, so that Word never breaks the title inside a word
            var title = ps.getFirst();
            assertThat(title.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(title.getText()).isEqualTo("示例县自然资源和规划局\n政府信息公开申请答复告知书");
            var titleRuns =
                    title.getRuns().stream().filter(r -> !r.text().isBlank()).toList();
            assertThat(titleRuns).extracting(r -> r.text()).containsExactly("示例县自然资源和规划局", "政府信息公开申请答复告知书");
            for (var r : titleRuns) {
                assertThat(r.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                        .isEqualTo("宋体");
                assertThat(r.getFontSizeAsDouble()).isEqualTo(22.0);
                assertThat(r.isBold()).isFalse();
                // 22 pt a character: the line fits the text width (A4 less 28 mm and 26 mm margins)
                assertThat(r.text().length() * 22.0).isLessThan((210 - 28 - 26) / 25.4 * 72);
            }
            // The body in 仿宋 at 16 pt (三号), its first line indented two characters, lines 28 pt apart
            var body = paragraph(ps, "经审查");
            var run = body.getRuns().getFirst();
            assertThat(run.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("仿宋");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getIndentationFirstLine()).isEqualTo(640);
            assertThat(body.getSpacingBetween()).isEqualTo(28.0);
            // The number centred under the title, the reason, the 附件 list
            assertThat(paragraph(ps, "〔").getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(paragraph(ps, "不予公开部分的理由").getText()).contains("许可证中的个人身份信息属于个人隐私");
            assertThat(paragraph(ps, "附件：").getText()).isEqualTo("附件：规划许可证.txt");
            // The seal area: the signature and the date at the right, four characters in, room above for the seal
            var signature = ps.stream()
                    .filter(p -> p.getText().equals("示例县自然资源和规划局"))
                    .findFirst()
                    .orElseThrow();
            var date = paragraph(ps, ChineseDates.format(letter.issuedOn()));
            assertThat(date.getText()).matches("二〇[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日");
            assertThat(ps.indexOf(date)).isEqualTo(ps.indexOf(signature) + 1);
            for (var p : List.of(signature, date)) {
                assertThat(p.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
                assertThat(p.getIndentationRight()).isGreaterThanOrEqualTo(1280);
                assertThat(p.getRuns().stream()
                                .filter(r -> !r.text().isBlank())
                                .findFirst()
                                .orElseThrow()
                                .getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                        .isEqualTo("仿宋");
            }
            // the longer line four characters (4 × 16 pt) from the right, the two centred on each other
            assertThat(Math.min(signature.getIndentationRight(), date.getIndentationRight()))
                    .isEqualTo(1280);
            assertThat(Math.abs(signature.getIndentationRight()
                            + signature.getText().length() * 160
                            - date.getIndentationRight()
                            - date.getText().length() * 160))
                    .isLessThan(20);
            assertThat(signature.getSpacingBefore()).isGreaterThanOrEqualTo(20 * 40);
            assertThat(docx.getAllPictures()).as("the seal image").hasSize(1);
            // The contact person and phone
            assertThat(paragraph(ps, "（联系人：").getText()).contains("陈联络").contains("0571-86001234");
            // The page: A4 with the margins of GB/T 9704 (top 37 mm, right 26 mm, bottom 35 mm, left 28 mm)
            var mar = docx.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((java.math.BigInteger) mar.getTop()).intValue()).isEqualTo(Math.round(37 / 25.4f * 1440));
            assertThat(((java.math.BigInteger) mar.getLeft()).intValue()).isEqualTo(Math.round(28 / 25.4f * 1440));
        }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph(
            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> ps, String start) {
        return ps.stream()
                .filter(p -> p.getText().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }
}
