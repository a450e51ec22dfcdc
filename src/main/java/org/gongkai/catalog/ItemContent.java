package org.gongkai.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;

/**
 * What the author writes about an item: everything but its life cycle.
 *
 * @param article20Item the item (1–15) of Article 20 of the 条例 the information falls under
 * @param column        the unit's own catalogue column (e.g. 规范性文件, 财政预决算)
 * @param topics        comma-separated topics (主题词)
 * @param interpretationForm set only when the item is itself a policy interpretation
 */
public record ItemContent(
        String unitCode,
        String title,
        String docNumber,
        DocumentType docType,
        LocalDate writtenOn,
        int article20Item,
        String column,
        DisclosureMode mode,
        String withheldReason,
        String body,
        String topics,
        Long standardEntryId,
        InterpretationForm interpretationForm) {

    static final int MAX_TITLE = 300;

    public ItemContent {
        title = trim(title);
        docNumber = blankToNull(docNumber);
        column = trim(column);
        withheldReason = blankToNull(withheldReason);
        body = body == null ? "" : body.strip();
        topics = topics == null ? "" : topics.strip();
    }

    /** Checks every field; throws naming each invalid one. */
    public void validate(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "catalog.error.title-required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "catalog.error.title-too-long", MAX_TITLE));
        }
        if (docType == null) {
            problems.add(new FieldProblem("docType", "catalog.error.type-required"));
        }
        if (writtenOn == null) {
            problems.add(new FieldProblem("writtenOn", "catalog.error.written-required"));
        } else if (writtenOn.isAfter(today)) {
            problems.add(new FieldProblem("writtenOn", "catalog.error.written-future"));
        }
        if (article20Item < 1 || article20Item > 15) {
            problems.add(new FieldProblem("article20Item", "catalog.error.article20"));
        }
        if (column.isEmpty() || column.length() > 100) {
            problems.add(new FieldProblem("column", "catalog.error.column-required"));
        }
        if (mode == null) {
            problems.add(new FieldProblem("mode", "catalog.error.mode-required"));
        } else if (mode == DisclosureMode.WITHHELD && withheldReason == null) {
            problems.add(new FieldProblem("withheldReason", "catalog.error.withheld-reason"));
        }
        if (docNumber != null && docNumber.length() > 100) {
            problems.add(new FieldProblem("docNumber", "catalog.error.doc-number-too-long"));
        }
        if (docType == DocumentType.INTERPRETATION && interpretationForm == null) {
            problems.add(new FieldProblem("interpretationForm", "catalog.error.form-required"));
        }
        if (topics.length() > 300) {
            problems.add(new FieldProblem("topics", "catalog.error.topics-too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<String> topicList() {
        return topics.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(topics.split("[,，、;；\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
