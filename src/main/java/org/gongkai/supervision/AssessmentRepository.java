package org.gongkai.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where assessment schemes, their manual items, publications and reopenings are kept. */
public interface AssessmentRepository {

    Optional<Scheme> find(String governmentCode, int year);

    /** Creates or replaces the year's base score and indicators (manual items stay). */
    Scheme save(String governmentCode, int year, BigDecimal baseScore, List<Indicator> indicators);

    List<ManualItem> manualItems(long schemeId);

    long addManualItem(long schemeId, ManualItem item, Instant at);

    void publish(long schemeId, LocalDate on, String by, String frozenJson);

    void reopen(long schemeId, String reason, String by, Instant at);
}
