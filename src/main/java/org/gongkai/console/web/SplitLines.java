package org.gongkai.console.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.platform.errors.InvalidInputException;

/** The console's split form names shares one per line: a tracking code or item id, then the successor's code. */
final class SplitLines {

    private static final Pattern SEPARATOR = Pattern.compile("[\\s=,，:：→]+");
    private static final int MAX_LINES = 2000;

    private SplitLines() {}

    static Map<String, String> parse(String field, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] lines = text.strip().split("\\R");
        if (lines.length > MAX_LINES) {
            throw InvalidInputException.of(field, "console.units.split.too-many", MAX_LINES);
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = SEPARATOR.split(line.strip());
            if (parts.length != 2) {
                throw InvalidInputException.of(field, "console.units.split.line", line.strip());
            }
            out.put(parts[0], parts[1]);
        }
        return out;
    }
}
