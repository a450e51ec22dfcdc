package org.gongkai.messages;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored consultations, their comments and survey answers. */
public interface ConsultationRepository {

    long insert(Consultation c, String actor, Instant at);

    Optional<Consultation> find(long id);

    /** Stores the feedback and the final document's link. */
    void update(Consultation c);

    /** Every consultation, the latest period first. */
    List<Consultation> all();

    /** The consultations whose final document is this catalogue item. */
    List<Consultation> byFinalItem(long itemId);

    long insertComment(Comment c);

    Optional<Comment> comment(long id);

    void updateComment(Comment c);

    List<Comment> comments(long consultationId);

    void answer(long questionId, int optionIndex, Instant at);

    /** Per question id, the number of answers per option index. */
    Map<Long, long[]> results(long consultationId);

    /** The year's consultations (by the day they opened) of the units: how many, surveys among them, comments. */
    YearCounts counts(Collection<String> unitCodes, int year);

    record YearCounts(long consultations, long surveys, long comments, long feedbackPublished) {}
}
