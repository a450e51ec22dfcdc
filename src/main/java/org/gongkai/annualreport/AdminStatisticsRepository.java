package org.gongkai.annualreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the administrative statistics are kept, one row per unit and year. */
public interface AdminStatisticsRepository {

    Optional<AdminStatistics> find(String unitCode, int year);

    List<AdminStatistics> forUnits(Collection<String> unitCodes, int year);

    /** Inserts or replaces the unit-year row. */
    void save(AdminStatistics s, String actor);
}
