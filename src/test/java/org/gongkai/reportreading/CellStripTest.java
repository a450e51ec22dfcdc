package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import org.junit.jupiter.api.Test;

/** Number cells read together on one line, each reading going back to its own cell. */
class CellStripTest {

    private static final String[] PRINTED = {"0", "18", "305", "", "7", "42", "1", "2096"};

    /** One table row of cells 120 px wide, each number printed in its cell (one cell left blank). */
    private static BufferedImage row(List<Rectangle> cells) {
        BufferedImage img = new BufferedImage(120 * PRINTED.length + 40, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        for (int i = 0; i < PRINTED.length; i++) {
            Rectangle cell = new Rectangle(20 + i * 120, 20, 118, 50);
            cells.add(cell);
            g.drawString(PRINTED[i], cell.x + 40, cell.y + 36);
        }
        g.dispose();
        return img;
    }

    @Test
    void givenARowOfNumberCells_whenReadOnOneLine_thenEachCellGetsItsOwnNumberAndABlankCellNothing() {
        assumeThat(OcrExtractor.available()).as("Tesseract's data installed").isTrue();
        List<Rectangle> cells = new ArrayList<>();
        BufferedImage img = row(cells);
        TessBaseAPI engine = OcrExtractor.digitsEngine();
        try {
            List<CellStrip.Reading> read =
                    CellStrip.readings(engine, OcrExtractor.grey(img), img.getWidth(), img.getHeight(), cells);

            assertThat(read).extracting(CellStrip.Reading::text).containsExactly(PRINTED);
            assertThat(read).allSatisfy(r -> assertThat(r.confidence()).isGreaterThan(OcrExtractor.MIN_CONFIDENCE));
        } finally {
            OcrExtractor.Tess.API.TessBaseAPIEnd(engine);
            OcrExtractor.Tess.API.TessBaseAPIDelete(engine);
        }
    }

    @Test
    void givenMoreCellsThanOneLineHolds_whenRead_thenEveryCellIsReadInOrder() {
        assumeThat(OcrExtractor.available()).as("Tesseract's data installed").isTrue();
        List<Rectangle> row = new ArrayList<>();
        BufferedImage img = row(row);
        List<Rectangle> cells = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (int k = 0; cells.size() <= CellStrip.PER_LINE; k++) {
            cells.add(row.get(k % row.size()));
            printed.add(PRINTED[k % row.size()]);
        }
        TessBaseAPI engine = OcrExtractor.digitsEngine();
        try {
            List<CellStrip.Reading> read =
                    CellStrip.readings(engine, OcrExtractor.grey(img), img.getWidth(), img.getHeight(), cells);

            assertThat(read).extracting(CellStrip.Reading::text).containsExactlyElementsOf(printed);
        } finally {
            OcrExtractor.Tess.API.TessBaseAPIEnd(engine);
            OcrExtractor.Tess.API.TessBaseAPIDelete(engine);
        }
    }

    @Test
    void givenACharacterOutsideEverySlotOrAcrossTwo_whenPlaced_thenItBelongsToNone() {
        int[][] slots = {{10, 50}, {60, 100}};

        assertThat(CellStrip.slot(slots, 20, 40)).isZero();
        assertThat(CellStrip.slot(slots, 65, 90)).isEqualTo(1);
        assertThat(CellStrip.slot(slots, 51, 59)).isEqualTo(-1); // between the two
        assertThat(CellStrip.slot(slots, 30, 64)).isEqualTo(-1); // centred in the first, reaching into the second
        assertThat(CellStrip.slot(slots, 45, 80)).isEqualTo(-1); // centred in the second, reaching into the first
    }

    /** One ruled row of number cells 150 px wide, printed in {@code font} at about 150 dpi (digits ≈ 17 px tall). */
    private static BufferedImage ruledRow(String font, int size, String[] printed, List<Rectangle> cells) {
        BufferedImage img = new BufferedImage(150 * printed.length + 40, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(font, Font.PLAIN, size));
        g.fillRect(20, 30, 150 * printed.length, 2);
        g.fillRect(20, 68, 150 * printed.length, 2);
        for (int i = 0; i <= printed.length; i++) {
            g.fillRect(20 + i * 150, 30, 2, 40);
        }
        for (int i = 0; i < printed.length; i++) {
            cells.add(new Rectangle(22 + i * 150, 32, 148, 36));
            // a space as a table's font prints it: half a digit's height between the ink of two numbers
            int x = 22 + i * 150 + 8;
            for (String part : printed[i].split(" ")) {
                g.drawString(part, x, 58);
                x += (int) g.getFontMetrics().getStringBounds(part, g).getWidth() + size * 3 / 8;
            }
        }
        g.dispose();
        return img;
    }

    @Test
    void givenTwoNumbersASpaceApartInOneCell_whenTheInkIsMeasured_thenOnlyThoseCellsAreSpaced() {
        String[] printed = {"42 0", "2 0", "11", "111", "1011", "71", "12.5", "-58", "2096", "7", "10 1"};
        for (String font : List.of(Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED)) {
            List<Rectangle> cells = new ArrayList<>();
            BufferedImage img = ruledRow(font, 24, printed, cells);
            java.nio.ByteBuffer grey = OcrExtractor.grey(img);
            List<Boolean> spaced = new ArrayList<>();
            for (Rectangle c : cells) {
                spaced.add(CellStrip.spaced(grey, img.getWidth(), c));
            }

            assertThat(spaced)
                    .as(font)
                    .containsExactly(true, true, false, false, false, false, false, false, false, false, true);
        }
    }
}
