package org.gongkai.annualreport;

import java.io.IOException;
import java.util.List;
import org.gongkai.platform.uploads.SheetRows;
import org.gongkai.platform.uploads.Uploads;

/** An uploaded statistics file (XLSX: the first sheet; CSV: UTF-8, comma-separated) as rows of cell texts. */
final class StatisticsSheet {

    private StatisticsSheet() {}

    /** XLSX or CSV by content (the platform's upload check has bounded it); anything else is refused. */
    static List<List<String>> read(Uploads.Checked upload) throws IOException {
        return SheetRows.read(upload);
    }

    static List<List<String>> csv(String text) {
        return SheetRows.csv(text);
    }

    /** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
    static String columnLetter(int index) {
        return SheetRows.columnLetter(index);
    }
}
