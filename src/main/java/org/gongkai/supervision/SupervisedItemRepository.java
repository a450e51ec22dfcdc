package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where 督办 items, their milestones and progress reports are kept. */
public interface SupervisedItemRepository {

    long insert(SupervisedItem item, String createdBy, LocalDate createdOn);

    Optional<SupervisedItem> find(long id);

    List<SupervisedItem> ofGovernment(String governmentCode);

    List<SupervisedItem> published();

    void addProgress(long itemId, SupervisedItem.Progress p);

    void milestoneDone(long milestoneId, LocalDate on);
}
