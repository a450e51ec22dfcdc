package org.gongkai.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.uploads.SheetRows;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import from the old website into rows: a CSV or XLSX sheet (header row of {@link ImportColumns}), a JSON
 * export (an array of items, or {@code {"items": [...]}}, keyed like the English headers, attachments as names or
 * {@code {"filename", "content": base64}}), or a ZIP holding one such sheet or export and the attachment files
 * (names relative to the sheet's folder). The type is taken from the content and the file is bounded by the
 * platform's upload checks before it is parsed. A file that cannot be read at all is bad input (400) naming it;
 * problems of single rows are left to the check.
 */
public final class ImportReader {

    private static final long MB = 1024L * 1024;
    /** A sheet or export alone: 50 MB, up to 60 s to parse (about 20,000 rows of an XLSX). */
    public static final UploadLimits SHEET_LIMITS =
            new UploadLimits(50 * MB, 200 * MB, 2_000, 2_000_000, 1, 1, Duration.ofSeconds(60));
    /** A ZIP with the sheet and its files: 200 MB sent, 500 MB inflated, 50,000 entries. */
    public static final UploadLimits ZIP_LIMITS =
            new UploadLimits(200 * MB, 500 * MB, 50_000, 2_000_000, 1, 1, Duration.ofSeconds(120));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The rows of a file and where its attachment files are. */
    public record Source(String name, List<ImportRow> rows, ImportFiles files) {}

    private ImportReader() {}

    /** Reads {@code content}; attachment files are looked up in the ZIP or inline first, then in {@code files}. */
    public static Source read(String filename, byte[] content, ImportFiles files) {
        String name = filename == null || filename.isBlank() ? "import" : filename;
        UploadType type = Uploads.detect(content);
        try {
            if (type == UploadType.ZIP) {
                return zip(name, content, files);
            }
            return Uploads.read(name, content, SHEET_LIMITS, upload -> sheetOrJson(name, upload, files));
        } catch (UploadRefusedException e) {
            throw e.asInvalidInput("file");
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "catalog.import.unreadable", name);
        }
    }

    private static Source sheetOrJson(String name, Uploads.Checked upload, ImportFiles files) throws IOException {
        if (upload.type() == UploadType.TEXT) {
            String text = new String(upload.content(), StandardCharsets.UTF_8).strip();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.startsWith("[") || text.startsWith("{")) {
                return json(name, text, files);
            }
        }
        if (upload.type() != UploadType.TEXT && upload.type() != UploadType.XLSX && upload.type() != UploadType.OLE) {
            throw InvalidInputException.of("file", "catalog.import.wrong-type", name);
        }
        return new Source(name, sheet(name, SheetRows.read(upload)), files);
    }

    static List<ImportRow> sheet(String name, List<List<String>> rows) {
        int first = 0;
        while (first < rows.size() && rows.get(first).stream().allMatch(String::isBlank)) {
            first++;
        }
        if (first >= rows.size()) {
            throw InvalidInputException.of("file", "catalog.import.empty", name);
        }
        List<String> header = rows.get(first);
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            int col = c;
            ImportColumns.field(header.get(c)).ifPresent(f -> {
                if (positions.putIfAbsent(f, col) == null) {
                    columns.put(
                            f,
                            SheetRows.columnLetter(col) + "（" + header.get(col).strip() + "）");
                }
            });
        }
        List<String> missing = ImportColumns.REQUIRED.stream()
                .filter(f -> !positions.containsKey(f))
                .map(ImportColumns.CHINESE::get)
                .toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", "catalog.import.missing-columns", name, String.join("、", missing));
        }
        List<ImportRow> out = new ArrayList<>();
        for (int r = first + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            positions.forEach((f, c) -> values.put(f, c < row.size() ? row.get(c) : ""));
            out.add(new ImportRow(r + 1, values, columns, names(values.getOrDefault(ImportColumns.ATTACHMENTS, ""))));
        }
        return out;
    }

    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String n : cell.split("[;；|\\n]")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        return names;
    }

    private static Source json(String name, String text, ImportFiles files) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw InvalidInputException.of("file", "catalog.import.bad-json", name);
        }
        JsonNode items = root.isObject() ? root.get("items") : root;
        if (items == null || !items.isArray()) {
            throw InvalidInputException.of("file", "catalog.import.bad-json", name);
        }
        Map<String, byte[]> inline = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode item : items.values()) {
            n++;
            Map<String, String> values = new HashMap<>();
            Map<String, String> columns = new HashMap<>();
            List<String> attachments = new ArrayList<>();
            if (item.isObject()) {
                for (var e : item.properties()) {
                    String field = ImportColumns.field(e.getKey()).orElse(null);
                    if (field == null) {
                        continue;
                    }
                    columns.put(field, e.getKey());
                    if (field.equals(ImportColumns.ATTACHMENTS)) {
                        attachments(e.getValue(), attachments, inline);
                    } else if (!e.getValue().isNull()) {
                        values.put(
                                field, e.getValue().isValueNode() ? e.getValue().asString() : "");
                    }
                }
            }
            rows.add(new ImportRow(n, values, columns, attachments));
        }
        return new Source(name, rows, ImportFiles.of(inline).orElse(files));
    }

    private static void attachments(JsonNode node, List<String> names, Map<String, byte[]> inline) {
        if (node.isString()) {
            names.addAll(names(node.stringValue()));
            return;
        }
        for (JsonNode a : node.values()) {
            if (a.isString()) {
                names.add(a.stringValue().strip());
            } else if (a.isObject() && a.hasNonNull("filename")) {
                String filename = a.get("filename").asString().strip();
                names.add(filename);
                JsonNode content = a.get("content");
                if (content != null && content.isString()) {
                    try {
                        inline.put(filename, Base64.getMimeDecoder().decode(content.stringValue()));
                    } catch (IllegalArgumentException e) {
                        inline.put(filename, new byte[0]);
                    }
                }
            }
        }
    }

    private static Source zip(String name, byte[] content, ImportFiles files) throws IOException {
        Uploads.check(name, content, ZIP_LIMITS);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String path = e.getName().replace('\\', '/');
                if (!e.isDirectory() && !path.startsWith("__MACOSX/") && !path.contains("../")) {
                    entries.put(path, zip.readAllBytes());
                }
            }
        }
        String sheet = entries.keySet().stream()
                .filter(p -> p.matches("(?i).*\\.(csv|xlsx|xls|json)$"))
                .min(java.util.Comparator.comparingInt((String p) -> p.split("/").length)
                        .thenComparing(p -> p))
                .orElseThrow(() -> InvalidInputException.of("file", "catalog.import.zip-no-sheet", name));
        String folder = sheet.contains("/") ? sheet.substring(0, sheet.lastIndexOf('/') + 1) : "";
        Map<String, byte[]> relative = new HashMap<>();
        entries.forEach((p, bytes) -> {
            if (p.startsWith(folder)) {
                relative.put(p.substring(folder.length()), bytes);
            }
        });
        Source inner = read(
                sheet.substring(folder.length()),
                entries.get(sheet),
                ImportFiles.of(relative).orElse(files));
        return new Source(name, inner.rows(), inner.files());
    }
}
