package org.gongkai.catalog;

import java.util.List;
import java.util.Map;

/**
 * One row of an import from the old website: its number as the person sees it (the sheet's line, or the item's
 * position in a JSON export), its values by field key ({@link ImportColumns}) and where each field came from
 * (a column letter with its header, or the JSON key), so that a problem names row and column.
 *
 * @param attachments attachment file names, in order
 */
public record ImportRow(int row, Map<String, String> values, Map<String, String> columns, List<String> attachments) {

    public ImportRow {
        values = Map.copyOf(values);
        columns = Map.copyOf(columns);
        attachments = List.copyOf(attachments);
    }

    /** The stripped value of a field, "" when absent. */
    public String get(String key) {
        String v = values.get(key);
        return v == null ? "" : v.strip();
    }

    /** Where a field is in the source: {@code F（成文日期）} in a sheet, the key in a JSON export. */
    public String column(String key) {
        return columns.getOrDefault(key, key);
    }
}
