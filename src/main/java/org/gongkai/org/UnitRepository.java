package org.gongkai.org;

import java.util.List;
import java.util.Optional;

/** Where units, their former names, merge and split decisions are kept. */
public interface UnitRepository {

    List<Unit> findAll();

    Optional<Unit> findByCode(String code);

    void save(Unit unit);

    /** Former names, oldest first. */
    List<FormerName> formerNames(String code);

    void addFormerName(String code, FormerName former);

    void recordMerge(UnitsMerged merge);

    void recordSplit(UnitSplit split);
}
