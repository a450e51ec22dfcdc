package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/**
 * A document reduced to what the table reader needs: lines, each a list of cells as the source separated
 * them (tab, table cell) or a single cell when it did not. Cells are already normalised text.
 */
record SourceDocument(List<List<String>> lines) {

    /** The lines joined back as plain text, one line per line, cells separated by a space. */
    List<String> plainLines() {
        List<String> out = new ArrayList<>(lines.size());
        for (List<String> l : lines) {
            out.add(l.size() == 1 ? l.get(0) : String.join(" ", l));
        }
        return out;
    }

    static final class Builder {
        private final List<List<String>> lines = new ArrayList<>();

        /** Adds a line of raw text, splitting cells on tabs or markdown pipes. */
        Builder text(String raw) {
            lines.add(TextCells.split(raw));
            return this;
        }

        /** Adds a table row whose cells are given (already split). */
        Builder row(List<String> rawCells) {
            List<String> cells = new ArrayList<>(rawCells.size());
            for (String c : rawCells) {
                cells.add(TextNormalizer.normalize(c).strip());
            }
            lines.add(cells);
            return this;
        }

        SourceDocument build() {
            return new SourceDocument(lines);
        }
    }
}
