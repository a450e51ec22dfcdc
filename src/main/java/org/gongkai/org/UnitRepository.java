package org.gongkai.org;

import java.util.List;
import java.util.Optional;

/** Where units are kept. */
public interface UnitRepository {

    List<Unit> findAll();

    Optional<Unit> findByCode(String code);

    void save(Unit unit);
}
