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
    DocumentRenderer renderer;

    @Autowired
    java.time.Clock clock;

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

    @Test
    void theLetterIsLaidOutAsAnOfficialDocument() throws Exception {
        long id = handedIn(intake, LocalDate.now(clock)).id();
        Letter letter = letters.reply(
                ZHUJIAN,
                id,
                Outcome.PARTIALLY_GRANTED,
                Article.A37,
                "经审查，您申请获取的政府信息中部分内容涉及个人隐私，能够作区分处理，本机关向您提供可以公开的部分，详见附件。",
                "合同中的个人身份信息属于个人隐私",
                List.of(new NewAttachment("竣工验收备案表.txt", "备案表".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
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
}
