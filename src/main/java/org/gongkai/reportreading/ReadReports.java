package org.gongkai.reportreading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.reportmodel.AnnualReport;

/** Reports read from uploads, kept for comparison across uploads. */
public interface ReadReports {

    /** One kept report as read; it belongs to {@code unitCode}, the uploader's unit. */
    record StoredReport(
            long id, Instant uploadedAt, String uploadedBy, String unitCode, String fileName, AnnualReport report) {}

    long save(String uploadedBy, String unitCode, Instant at, String fileName, AnnualReport report);

    /** The most recent first, at most {@code limit}. */
    List<StoredReport> recent(int limit);

    Optional<StoredReport> find(long id);

    /** Those of {@code ids} that exist, in the order given. */
    List<StoredReport> find(List<Long> ids);

    boolean delete(long id);
}
