package org.gongkai.reviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where review cases are kept. */
public interface ReviewRepository {

    long insert(ReviewCase c, String actor);

    /** Updates when the stored version is {@code c.version()}; false when someone changed it meanwhile. */
    boolean update(ReviewCase c);

    Optional<ReviewCase> find(long id);

    /** Cases of these units counting in the year (filed in it or still open at its start), newest first. */
    List<ReviewCase> countedIn(Collection<String> unitCodes, int year);

    long count();
}
