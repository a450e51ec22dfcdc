package org.gongkai.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where inspection rounds are kept. */
public interface RoundRepository {

    long insert(Round round, Instant at);

    Optional<Round> find(long id);

    List<Round> ofGovernment(String governmentCode);

    /** Findings recorded in the round (open or resolved). */
    List<Finding> findings(long roundId);
}
