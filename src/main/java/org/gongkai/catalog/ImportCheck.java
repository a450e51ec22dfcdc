package org.gongkai.catalog;

import static org.gongkai.catalog.ImportColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.org.Unit;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.periods.ReportingPeriodLocks;

/**
 * Checks every row of an import before anything is stored, and names every problem with its row and column:
 * unknown unit or one outside the importer's units, missing or bad values (dates, type, Article 20 item, mode,
 * validity), a date in the future, a publication before the writing, an index number that is malformed, of another
 * unit, repeated in the file or already in the catalogue, a year whose annual report is published, and an
 * attachment file that is missing or not a readable PDF/DOCX. The item rules themselves are the catalogue's own
 * ({@link ItemContent#validate}).
 */
final class ImportCheck {

    /** Turns a message code and its arguments into words. */
    @FunctionalInterface
    interface Messages {
        String text(String code, Object... args);
    }

    record Result(List<ImportedItem> items, List<ImportProblem> problems) {}

    private final Map<String, Unit> units;
    private final Set<String> visible;
    private final Set<String> existingNumbers;
    private final ReportingPeriodLocks locks;
    private final LocalDate today;
    private final Messages messages;
    private final ImportFiles files;
    private final java.util.function.BiPredicate<String, String> columnKnown;
    private final Map<String, DocumentType> types = new HashMap<>();
    private final Map<String, DisclosureMode> modes = new HashMap<>();
    private final Map<String, Validity> validities = new HashMap<>();

    ImportCheck(
            Map<String, Unit> units,
            Set<String> visible,
            Set<String> existingNumbers,
            ReportingPeriodLocks locks,
            LocalDate today,
            Messages messages,
            ImportFiles files,
            java.util.function.BiPredicate<String, String> columnKnown) {
        this.columnKnown = columnKnown;
        this.units = units;
        this.visible = visible;
        this.existingNumbers = existingNumbers;
        this.locks = locks;
        this.today = today;
        this.messages = messages;
        this.files = files;
        labels(types, DocumentType.values(), t -> "catalog.type." + t.name());
        labels(modes, DisclosureMode.values(), m -> "catalog.mode." + m.name());
        labels(validities, Validity.values(), v -> "catalog.validity." + v.name());
    }

    private <E extends Enum<E>> void labels(Map<String, E> into, E[] values, Function<E, String> code) {
        for (E e : values) {
            into.put(e.name(), e);
            into.put(e.name().toLowerCase(java.util.Locale.ROOT), e);
            into.put(messages.text(code.apply(e)), e);
        }
    }

    Result check(List<ImportRow> rows) {
        List<ImportedItem> items = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> numbersSeen = new HashMap<>();
        for (ImportRow row : rows) {
            List<ImportProblem> found = new ArrayList<>();
            ImportedItem item = row(row, found, numbersSeen);
            if (found.isEmpty()) {
                items.add(item);
            }
            problems.addAll(found);
        }
        return new Result(items, problems);
    }

    private ImportedItem row(ImportRow row, List<ImportProblem> found, Map<String, Integer> numbersSeen) {
        Problems p = new Problems(row, found);
        String unit = row.get(UNIT);
        if (unit.isEmpty()) {
            p.add(UNIT, "catalog.import.required");
        } else if (!units.containsKey(unit)) {
            p.add(UNIT, "catalog.import.unknown-unit", unit);
        } else if (!visible.contains(unit)) {
            p.add(UNIT, "catalog.import.not-your-unit", unit);
        }
        DocumentType type = choice(p, row, TYPE, types, true);
        LocalDate written = date(p, row, WRITTEN, true);
        LocalDate published = date(p, row, PUBLISHED, true);
        if (published != null && published.isAfter(today)) {
            p.add(PUBLISHED, "catalog.import.future", published);
        } else if (published != null && written != null && published.isBefore(written)) {
            p.add(PUBLISHED, "catalog.import.published-before-written", published, written);
        }
        Integer article20 = article20(p, row, type);
        DisclosureMode mode = choice(p, row, MODE, modes, false);
        ItemContent content = new ItemContent(
                unit,
                row.get(TITLE),
                row.get(DOC_NUMBER),
                type,
                written,
                article20 == null ? 0 : article20,
                row.get(COLUMN),
                mode == null && row.get(MODE).isEmpty() ? DisclosureMode.PROACTIVE : mode,
                row.get(WITHHELD_REASON),
                row.get(BODY),
                row.get(TOPICS),
                null,
                type == DocumentType.INTERPRETATION ? InterpretationForm.TEXT : null);
        try {
            content.validate(today);
        } catch (InvalidInputException e) {
            for (FieldProblem f : e.fields()) {
                if (!p.has(f.field())) {
                    p.add(f.field(), f.messageCode(), f.args());
                }
            }
        }
        if (!p.has(COLUMN) && units.containsKey(unit) && !columnKnown.test(unit, content.column())) {
            p.add(COLUMN, "catalog.error.column-unknown", content.column());
        }
        IndexNumber number = indexNumber(p, row, unit, numbersSeen);
        Validity validity = null;
        LocalDate changed = null;
        String repealedBy = null;
        if (type != null && type.hasValidity()) {
            validity = Optional.ofNullable(choice(p, row, VALIDITY, validities, false))
                    .orElse(row.get(VALIDITY).isEmpty() ? Validity.VALID : null);
            if (validity != null && !validity.inForce()) {
                changed = date(p, row, VALIDITY_CHANGED, true);
                if (changed != null && (changed.isAfter(today) || (published != null && changed.isBefore(published)))) {
                    p.add(VALIDITY_CHANGED, "catalog.error.validity-date");
                }
                repealedBy = row.get(REPEALED_BY).isEmpty() ? null : row.get(REPEALED_BY);
                if (validity == Validity.REPEALED && repealedBy == null) {
                    p.add(REPEALED_BY, "catalog.error.repealed-by-required");
                }
            }
        } else if (type != null
                && !row.get(VALIDITY).isEmpty()
                && validities.get(row.get(VALIDITY)) != Validity.VALID) {
            p.add(VALIDITY, "catalog.import.validity-not-applicable");
        }
        if (published != null && units.containsKey(unit) && locks.isLocked(unit, published.getYear())) {
            p.add(PUBLISHED, ReportingPeriodLocks.MESSAGE, unit, Integer.toString(published.getYear()));
        }
        List<ImportedItem.ImportedFile> read = attachments(p, row);
        return new ImportedItem(row.row(), content, number, published, validity, changed, repealedBy, read);
    }

    private IndexNumber indexNumber(Problems p, ImportRow row, String unit, Map<String, Integer> seen) {
        String text = row.get(INDEX_NUMBER);
        if (text.isEmpty()) {
            return null;
        }
        Optional<IndexNumber> parsed = IndexNumber.parse(text);
        if (parsed.isEmpty()) {
            p.add(INDEX_NUMBER, "catalog.import.index-shape", text);
            return null;
        }
        IndexNumber n = parsed.get();
        if (!n.unitCode().equals(unit)) {
            p.add(INDEX_NUMBER, "catalog.import.index-unit", text, unit);
        }
        Integer earlier = seen.putIfAbsent(n.toString(), row.row());
        if (earlier != null) {
            p.add(INDEX_NUMBER, "catalog.import.index-repeated", text, earlier);
        } else if (existingNumbers.contains(n.toString())) {
            p.add(INDEX_NUMBER, "catalog.import.index-taken", text);
        }
        return n;
    }

    private List<ImportedItem.ImportedFile> attachments(Problems p, ImportRow row) {
        List<ImportedItem.ImportedFile> out = new ArrayList<>();
        for (String name : row.attachments()) {
            Optional<byte[]> bytes = files.read(name);
            if (bytes.isEmpty()) {
                p.add(ATTACHMENTS, "catalog.import.file-missing", name);
                continue;
            }
            try {
                AttachmentReader.Read read = AttachmentReader.read(name, bytes.get());
                out.add(new ImportedItem.ImportedFile(
                        name, read.filename(), read.mediaType(), bytes.get().length, read.text()));
            } catch (InvalidInputException e) {
                FieldProblem f = e.fields().get(0);
                p.add(ATTACHMENTS, "catalog.import.file-refused", name, messages.text(f.messageCode(), f.args()));
            }
        }
        return out;
    }

    private Integer article20(Problems p, ImportRow row, DocumentType type) {
        String text = row.get(ARTICLE20);
        if (text.isEmpty()) {
            if (type == null) {
                p.skip(ARTICLE20); // the type's problem says it; no default to check
                return null;
            }
            return type.defaultArticle20Item();
        }
        try {
            return Integer.parseInt(text.replaceAll("[（）()第项]", "").strip());
        } catch (NumberFormatException e) {
            p.add(ARTICLE20, "catalog.error.article20");
            return null;
        }
    }

    private LocalDate date(Problems p, ImportRow row, String field, boolean required) {
        String text = row.get(field);
        if (text.isEmpty()) {
            if (required) {
                p.add(field, "catalog.import.required");
            }
            return null;
        }
        Optional<LocalDate> d = ImportDates.parse(text);
        if (d.isEmpty()) {
            p.add(field, "catalog.import.bad-date", text);
        }
        return d.orElse(null);
    }

    private <E> E choice(Problems p, ImportRow row, String field, Map<String, E> known, boolean required) {
        String text = row.get(field);
        if (text.isEmpty()) {
            if (required) {
                p.add(field, "catalog.import.required");
            }
            return null;
        }
        E value = known.get(text);
        if (value == null) {
            p.add(field, "catalog.import.unknown-value", text);
        }
        return value;
    }

    /** The problems of one row, one per column at most for the item's own rules. */
    private final class Problems {
        private final ImportRow row;
        private final List<ImportProblem> found;
        private final Set<String> fields = new java.util.HashSet<>();

        Problems(ImportRow row, List<ImportProblem> found) {
            this.row = row;
            this.found = found;
        }

        void add(String field, String code, Object... args) {
            fields.add(field);
            found.add(new ImportProblem(row.row(), row.column(field), messages.text(code, args)));
        }

        void skip(String field) {
            fields.add(field);
        }

        boolean has(String field) {
            return fields.contains(field);
        }
    }
}
