package org.gongkai.annualreport;

import java.util.List;
import java.util.Optional;

/** Where unit-year reports, their sign-off histories and their published snapshots are kept. */
public interface ReportRepository {

    Optional<ReportRecord> find(String unitCode, int year);

    /** The stored report, created as a draft on first use. */
    ReportRecord findOrCreate(String unitCode, int year);

    /** Saves when the stored version is {@code r.version()}; false when someone changed it meanwhile. */
    boolean save(ReportRecord r);

    boolean lockedStatusExists(String unitCode, int year);

    List<ReportRecord> forYear(int year);

    List<ReportRecord> forUnit(String unitCode);

    /** Stores the published (or imported) report as frozen JSON and HTML, replacing the current one of that kind. */
    void storeSnapshot(String unitCode, int year, SnapshotKind kind, String json, String html, String actor);

    Optional<Snapshot> currentSnapshot(String unitCode, int year, SnapshotKind kind);

    /** The unit-years with a current published snapshot, newest year first (without their content). */
    List<UnitYear> publishedUnitYears();

    /** The sign-off history of a unit-year report, oldest first (empty when it has none yet). */
    List<SignOffEvent> history(String unitCode, int year);

    /** Appends steps to a report's history. */
    void append(long reportId, List<SignOffEvent> events);

    enum SnapshotKind {
        PUBLISHED,
        IMPORTED
    }

    record Snapshot(String unitCode, int year, SnapshotKind kind, String json, String html) {}

    record UnitYear(String unitCode, int year) {}
}
