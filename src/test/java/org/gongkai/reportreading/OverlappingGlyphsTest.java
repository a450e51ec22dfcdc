package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link OverlappingGlyphs} answers as PDFTextStripper's duplicate-overlap check answers, failures included. */
class OverlappingGlyphsTest {

    /** PDFTextStripper.processTextPosition's check (PDFBox 3.0), as written there. */
    private static final class PdfBoxCheck {
        private final Map<String, TreeMap<Float, TreeSet<Float>>> characterListMapping = new HashMap<>();

        boolean show(String textCharacter, float textX, float textY, float width) {
            TreeMap<Float, TreeSet<Float>> sameTextCharacters =
                    characterListMapping.computeIfAbsent(textCharacter, k -> new TreeMap<>());
            boolean suppressCharacter = false;
            float tolerance = width / textCharacter.length() / 3.0f;
            SortedMap<Float, TreeSet<Float>> xMatches = sameTextCharacters.subMap(textX - tolerance, textX + tolerance);
            for (TreeSet<Float> xMatch : xMatches.values()) {
                SortedSet<Float> yMatches = xMatch.subSet(textY - tolerance, textY + tolerance);
                if (!yMatches.isEmpty()) {
                    suppressCharacter = true;
                    break;
                }
            }
            if (!suppressCharacter) {
                sameTextCharacters.computeIfAbsent(textX, k -> new TreeSet<>()).add(textY);
                return true;
            }
            return false;
        }
    }

    private static String answer(Object check, String text, float x, float y, float width) {
        try {
            return String.valueOf(
                    check instanceof OverlappingGlyphs o
                            ? o.show(text, x, y, width)
                            : ((PdfBoxCheck) check).show(text, x, y, width));
        } catch (IllegalArgumentException e) {
            return "failed: " + e.getMessage();
        }
    }

    private static final List<Float> ODD =
            List.of(-0.0f, 0.0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3e9f, -3e9f, 1e-40f, 17f);

    private static float coordinate(Random random) {
        return switch (random.nextInt(40)) {
            case 0 -> ODD.get(random.nextInt(ODD.size()));
            case 1 -> random.nextFloat() * 2000 - 1000;
            // a coarse grid on which x ± a third of the width hits other points exactly
            default -> random.nextInt(200) * 0.25f - 10;
        };
    }

    private static float width(Random random) {
        return switch (random.nextInt(30)) {
            case 0 -> ODD.get(random.nextInt(ODD.size()));
            case 1 -> -0.75f * random.nextInt(8);
            case 2 -> 0.75f * random.nextInt(2000); // wider than the grid's cells
            default -> 0.75f * random.nextInt(1, 12);
        };
    }

    @Test
    void givenGlyphsAtBoundariesAndOddValues_whenChecked_thenTheAnswersAndFailuresOfPdfBoxsTrees() {
        Random random = new Random(13);
        int dropped = 0;
        int failed = 0;
        for (int page = 0; page < 200; page++) {
            OverlappingGlyphs ours = new OverlappingGlyphs();
            PdfBoxCheck pdfBox = new PdfBoxCheck();
            for (int i = 0; i < 400; i++) {
                String text = List.of("0", "1", "AB", "合计").get(random.nextInt(4));
                float x = coordinate(random);
                float y = coordinate(random);
                float width = width(random);
                String expected = answer(pdfBox, text, x, y, width);
                assertThat(answer(ours, text, x, y, width))
                        .as("%s at %s, %s width %s", text, x, y, width)
                        .isEqualTo(expected);
                dropped += expected.equals("false") ? 1 : 0;
                failed += expected.startsWith("failed") ? 1 : 0;
            }
            ours.clear();
            assertThat(ours.show("0", 1, 1, 3)).isTrue();
        }
        assertThat(dropped).isGreaterThan(1000);
        assertThat(failed).isGreaterThan(100);
    }
}
