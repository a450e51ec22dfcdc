package org.gongkai.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the versions of the guide and rules pages are kept (table {@code portal_page_version}). */
public interface PageVersions {

    /** Every version of a government's page, newest first. */
    List<PageVersion> history(String governmentCode, GuidePage page);

    /** The version shown on {@code day}: the newest published on or before it. */
    Optional<PageVersion> shownOn(String governmentCode, GuidePage page, LocalDate day);

    Optional<PageVersion> find(long id);

    /** Stores a new version (the next number) and returns it. */
    PageVersion add(String governmentCode, GuidePage page, String body, String note, String author, Instant at);

    /** Publishes a draft from {@code on}; false when it was published already. */
    boolean publish(long id, LocalDate on, String by);
}
