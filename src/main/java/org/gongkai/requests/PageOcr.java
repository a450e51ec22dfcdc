package org.gongkai.requests;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;

/**
 * The characters of a scanned page with their boxes, by Tesseract (Debian's {@code tesseract-ocr-chi-sim}), for
 * proposing redaction areas; a line break wherever the next character starts a new line.
 */
final class PageOcr {

    static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    private PageOcr() {}

    static boolean available() {
        return Files.isRegularFile(Path.of(TESSDATA, "chi_sim.traineddata"));
    }

    static List<Glyph> glyphs(BufferedImage image, int page, int dpi) {
        Tesseract t = new Tesseract();
        t.setDatapath(TESSDATA);
        t.setLanguage("chi_sim");
        double points = 72.0 / dpi;
        List<Glyph> glyphs = new ArrayList<>();
        List<Word> symbols;
        try {
            symbols = t.getWords(image, ITessAPI.TessPageIteratorLevel.RIL_SYMBOL);
        } catch (RuntimeException e) {
            return glyphs;
        }
        Rectangle last = null;
        for (Word w : symbols) {
            Rectangle r = w.getBoundingBox();
            if (last != null && r.y > last.y + last.height * 0.6) {
                glyphs.add(Glyph.lineBreak(page));
            }
            String text = w.getText().strip();
            if (!text.isEmpty()) {
                glyphs.add(new Glyph(page, text, r.x * points, r.y * points, r.width * points, r.height * points));
            }
            last = r;
        }
        return glyphs;
    }
}
