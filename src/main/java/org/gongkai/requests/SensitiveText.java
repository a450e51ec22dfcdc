package org.gongkai.requests;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.platform.text.PersonalData;

/**
 * Finds, in the characters of a page, what a released copy must not show: resident ID numbers (checked by their
 * check digit) and mainland mobile numbers, as the platform's {@link PersonalData} finds them, and the names of
 * natural persons (HanLP's person-name recognition). It only proposes: the handler confirms each area.
 */
final class SensitiveText {

    private static final Set<PersonalData.Kind> NUMBERS =
            EnumSet.of(PersonalData.Kind.ID_NUMBER, PersonalData.Kind.MOBILE);

    private SensitiveText() {}

    /** The areas of the sensitive text among {@code glyphs} (one page, in reading order). */
    static List<RedactionArea> find(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (Glyph g : glyphs) {
            text.append(g.text().isEmpty() ? " " : g.text().substring(0, 1));
        }
        String s = text.toString();
        List<RedactionArea> areas = new ArrayList<>();
        // the platform's patterns (those publication removes too); an ID number only with a valid check digit
        for (PersonalData.Found f : PersonalData.find(s, NUMBERS)) {
            boolean id = f.kind() == PersonalData.Kind.ID_NUMBER;
            if (!id || IdNumbers.isValidResidentId(f.text().toUpperCase(java.util.Locale.ROOT))) {
                box(
                                glyphs,
                                f.start(),
                                f.end(),
                                id ? RedactionArea.ID_NUMBER : RedactionArea.MOBILE,
                                PersonalData.mask(f.text()))
                        .forEach(areas::add);
            }
        }
        int offset = 0;
        for (String line : s.split("\n", -1)) {
            for (Term t : HanLP.newSegment()
                    .enableNameRecognize(true)
                    .enableOffset(true)
                    .seg(line)) {
                if (t.nature != null && t.nature.startsWith("nr") && t.word.length() >= 2) {
                    int from = offset + termOffset(line, t);
                    box(
                                    glyphs,
                                    from,
                                    from + t.word.length(),
                                    RedactionArea.PERSON_NAME,
                                    t.word.charAt(0) + "*".repeat(t.word.length() - 1))
                            .forEach(areas::add);
                }
            }
            offset += line.length() + 1;
        }
        return areas;
    }

    private static int termOffset(String line, Term t) {
        return t.offset >= 0 && line.startsWith(t.word, t.offset) ? t.offset : line.indexOf(t.word);
    }

    /** One box per line the span covers. */
    private static List<RedactionArea> box(List<Glyph> glyphs, int from, int to, String kind, String found) {
        List<RedactionArea> boxes = new ArrayList<>();
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -1;
        double y1 = -1;
        int page = glyphs.get(from).page();
        for (int i = from; i < to; i++) {
            Glyph g = glyphs.get(i);
            if (!g.boxed()) {
                if (x1 >= 0) {
                    boxes.add(new RedactionArea(page, x0, y0, x1 - x0, y1 - y0, kind, found));
                }
                x0 = y0 = Double.MAX_VALUE;
                x1 = y1 = -1;
                continue;
            }
            x0 = Math.min(x0, g.x());
            y0 = Math.min(y0, g.y());
            x1 = Math.max(x1, g.x() + g.width());
            y1 = Math.max(y1, g.y() + g.height());
        }
        if (x1 >= 0) {
            boxes.add(new RedactionArea(page, x0, y0, x1 - x0, y1 - y0, kind, found));
        }
        return boxes;
    }
}
