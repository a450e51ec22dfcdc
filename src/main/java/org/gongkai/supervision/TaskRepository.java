package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where rectification tasks and their evidence files are kept. */
public interface TaskRepository {

    long insert(long findingId, Long noticeId, String unitCode, LocalDate assignedOn, LocalDate deadline);

    Optional<Task> find(long id);

    List<Task> ofUnits(Collection<String> units);

    List<Task> ofNotice(long noticeId);

    /** Stores the unit's answer when the stored version is {@code version}; false when changed meanwhile. */
    boolean answer(
            long id,
            int version,
            String answer,
            LocalDate on,
            String by,
            String fileName,
            String fileType,
            byte[] file);

    boolean decide(long id, int version, TaskStatus status, LocalDate on, String by, String note);

    record StoredFile(String name, String type, byte[] content) {}

    Optional<StoredFile> file(long id);

    /** Per unit: tasks past their deadline while with the unit, of these units. */
    Map<String, Long> overdue(Collection<String> units, LocalDate today);

    /** Per unit: tasks whose deadline fell in the year and that were answered after it or are still unanswered past it. */
    Map<String, Long> overdueIn(Collection<String> units, int year, LocalDate today);

    /** Per unit: tasks assigned in the year, by status (index = ordinal). */
    Map<String, long[]> countsIn(Collection<String> units, int year);
}
