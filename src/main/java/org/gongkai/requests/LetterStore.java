package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where letters and their per-unit, per-year numbering are kept. */
public interface LetterStore {

    /** The next number in the unit's sequence for {@code year} (1, 2, …), taken atomically. */
    int nextNumber(String unitCode, int year);

    /** The unit's short name for letter numbers, if one was set. */
    Optional<String> shortName(String unitCode);

    void setShortName(String unitCode, String shortName);

    long add(
            long requestId,
            String unitCode,
            String kind,
            int year,
            int seq,
            String letterNo,
            LocalDate issuedOn,
            String body,
            String xhtml,
            boolean released,
            String issuedBy);

    List<Letter> forRequest(long requestId);

    /** Records (or corrects) how a letter was posted. */
    void recordMail(LetterMail mail, java.time.Instant at);

    /** The posting records of a case's letters, by letter id. */
    java.util.Map<Long, LetterMail> mailFor(long requestId);

    Optional<Letter> find(long id);
}
