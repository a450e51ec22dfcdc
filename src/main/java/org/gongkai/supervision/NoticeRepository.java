package org.gongkai.supervision;

import java.util.List;
import java.util.Optional;

/** Where notices are kept, numbered per government and year. */
public interface NoticeRepository {

    /** The next number in the government's year (1 for the first). */
    int nextSeq(String governmentCode, int year);

    long insert(Notice n);

    Optional<Notice> find(long id);

    List<Notice> ofGovernment(String governmentCode);

    /** Notices published on the portal, newest first. */
    List<Notice> published();
}
