package org.gongkai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Migration from the old website: catalogue items with their attachments, index numbers, document numbers, dates
 * and validity. {@link #dryRun} checks every row and names every problem (row, column, reason) without storing
 * anything; {@link #run} checks again and stores <b>all or nothing</b> in one transaction: a file with any problem
 * stores nothing and reports the problems. Only the disclosure office (reviewers) and administrators import, into
 * the units they see. The search index is rebuilt once after the import commits.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class CatalogImport {

    static final String ENTITY = "catalog_import";

    private final CatalogRepository items;
    private final CatalogColumns columns;
    private final ImportUploads uploads;
    private final UnitDirectory units;
    private final ReportingPeriodLocks locks;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogImport(
            CatalogRepository items,
            ImportUploads uploads,
            CatalogColumns columns,
            UnitDirectory units,
            ReportingPeriodLocks locks,
            AuditLog audit,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.uploads = uploads;
        this.columns = columns;
        this.units = units;
        this.locks = locks;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** A console upload after its dry run: {@code id} is set (the file kept for confirmation) only when it passed. */
    public record Preview(Long id, ImportReport report) {}

    /**
     * The console's first step: reads the uploaded file, checks every row and, when no row fails, keeps the file
     * until the office confirms it ({@link #confirm}); a file with problems is not kept.
     */
    public Preview preview(StaffMember actor, String filename, byte[] content) {
        requireImporter(actor, filename);
        ImportReader.Source source = ImportReader.read(filename, content, ImportFiles.none());
        ImportReport report = new ImportReport(
                source.name(), source.rows().size(), check(actor, source).problems(), 0, 0);
        if (!report.ok()) {
            return new Preview(null, report);
        }
        long id = uploads.save(source.name(), sha256(content), content, actor.username(), clock.instant(), report);
        return new Preview(id, report);
    }

    /**
     * The irreversible step: imports a previewed file, by the person who uploaded it, once. Rows are checked again
     * (the catalogue may have changed since the preview); with any problem nothing is stored.
     */
    public ImportReport confirm(StaffMember actor, long id) {
        requireImporter(actor, Long.toString(id));
        ImportUploads.StoredImport stored = uploads.find(id)
                .filter(s -> s.uploadedBy().equals(actor.username()))
                .orElseThrow(() -> new NotFoundException("catalog.import.not-found", id));
        if (stored.importedAt() != null) {
            throw new ConflictException("catalog.import.already", stored.itemsImported());
        }
        ImportReport report = run(actor, ImportReader.read(stored.filename(), stored.content(), ImportFiles.none()));
        if (report.ok() && !uploads.markImported(id, clock.instant(), report.imported())) {
            throw new ConflictException("catalog.import.already", report.imported());
        }
        return report;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks every row; stores nothing. */
    @Transactional(readOnly = true)
    public ImportReport dryRun(StaffMember actor, ImportReader.Source source) {
        requireImporter(actor, source.name());
        ImportCheck.Result result = check(actor, source);
        return new ImportReport(source.name(), source.rows().size(), result.problems(), 0, 0);
    }

    /** Checks every row, then stores every item and attachment, or — with any problem — nothing. */
    public ImportReport run(StaffMember actor, ImportReader.Source source) {
        requireImporter(actor, source.name());
        ImportCheck.Result result = check(actor, source);
        if (!result.problems().isEmpty()) {
            audit.record(AuditEvent.by(actor.username(), "catalog.import-refused")
                    .on(ENTITY, source.name())
                    .inUnit(actor.unitCode())
                    .detail(result.problems().size() + " problems in "
                            + source.rows().size() + " rows"));
            return new ImportReport(source.name(), source.rows().size(), result.problems(), 0, 0);
        }
        for (ImportedItem row : result.items()) {
            if (row.indexNumber() != null) {
                IndexNumber n = row.indexNumber();
                items.reserveSerial(n.unitCode(), n.year(), n.serial());
            }
        }
        Instant now = clock.instant();
        int files = 0;
        for (ImportedItem row : result.items()) {
            IndexNumber number = row.indexNumber() != null ? row.indexNumber() : next(row);
            long id = items.insertImported(CatalogItem.imported(row, number, actor, now, source.name()));
            for (ImportedItem.ImportedFile f : row.files()) {
                byte[] bytes = source.files().read(f.name()).orElseThrow();
                items.addAttachment(new Attachment(
                        null,
                        id,
                        f.storedName(),
                        f.mediaType(),
                        f.size(),
                        bytes,
                        f.text(),
                        actor.username(),
                        now,
                        null));
                files++;
            }
        }
        audit.record(AuditEvent.by(actor.username(), "catalog.import")
                .on(ENTITY, source.name())
                .inUnit(actor.unitCode())
                .detail(result.items().size() + " items, " + files + " attachments"));
        events.publishEvent(new CatalogImported(result.items().size()));
        return new ImportReport(
                source.name(), source.rows().size(), List.of(), result.items().size(), files);
    }

    private IndexNumber next(ImportedItem row) {
        String unit = row.content().unitCode();
        int year = row.publishedOn().getYear();
        return new IndexNumber(unit, year, items.nextSerial(unit, year));
    }

    private ImportCheck.Result check(StaffMember actor, ImportReader.Source source) {
        Map<String, Unit> all = units.all().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        List<String> numbers = source.rows().stream()
                .map(r -> r.get(ImportColumns.INDEX_NUMBER))
                .filter(s -> !s.isEmpty())
                .map(s -> IndexNumber.parse(s).map(IndexNumber::toString).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        ImportCheck check = new ImportCheck(
                all,
                units.visibleUnitCodes(actor),
                items.existingIndexNumbers(numbers),
                locks,
                LocalDate.now(clock),
                (code, args) -> messages.getMessage(code, args, code, China.LOCALE),
                source.files(),
                knownColumns());
        return check.check(source.rows());
    }

    /** Refuses (403, audited at the web edge) anyone but the disclosure office and administrators. */
    public void requireImporter(StaffMember actor) {
        requireImporter(actor, "-");
    }

    /** Whether a column is in the list of the unit's government (asked once per unit and column). */
    private java.util.function.BiPredicate<String, String> knownColumns() {
        Map<String, Boolean> seen = new java.util.HashMap<>();
        return (unit, column) -> seen.computeIfAbsent(unit + "\u0000" + column, k -> columns.isKnown(unit, column));
    }

    private static void requireImporter(StaffMember actor, String name) {
        if (!actor.isReviewer() || !actor.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("catalog.import", ENTITY, name, actor.unitCode()), "catalog.import.forbidden");
        }
    }
}
