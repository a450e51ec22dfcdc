package org.gongkai.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.InterpretationForm;
import org.gongkai.catalog.ItemContent;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;

/** The draft form as typed: all strings, so that any input re-renders the form with messages. */
public record ItemForm(
        String unitCode,
        String title,
        String docNumber,
        String docType,
        String writtenOn,
        String article20Item,
        String column,
        String mode,
        String withheldReason,
        String body,
        String topics,
        String standardEntryId,
        String interpretationForm) {

    static ItemForm blank(String unitCode, LocalDate today) {
        return new ItemForm(unitCode, "", "", "NORMATIVE", today.toString(), "1", "", "PROACTIVE", "", "", "", "", "");
    }

    static ItemForm of(CatalogItem item) {
        ItemContent c = item.content();
        return new ItemForm(
                c.unitCode(),
                c.title(),
                nz(c.docNumber()),
                c.docType().name(),
                c.writtenOn().toString(),
                Integer.toString(c.article20Item()),
                c.column(),
                c.mode().name(),
                nz(c.withheldReason()),
                c.body(),
                c.topics(),
                c.standardEntryId() == null ? "" : c.standardEntryId().toString(),
                c.interpretationForm() == null ? "" : c.interpretationForm().name());
    }

    /** Parses the form; throws naming every field that is not even well-formed. */
    ItemContent toContent() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate written = null;
        try {
            written = writtenOn == null || writtenOn.isBlank() ? null : LocalDate.parse(writtenOn.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("writtenOn", "catalog.error.bad-date"));
        }
        int item = 0;
        try {
            item = Integer.parseInt(nz(article20Item).strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("article20Item", "catalog.error.article20"));
        }
        Long standard = null;
        if (standardEntryId != null && !standardEntryId.isBlank()) {
            try {
                standard = Long.parseLong(standardEntryId.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("standardEntryId", "catalog.error.bad-number"));
            }
        }
        DocumentType type = parse(DocumentType.class, docType, "docType", "catalog.error.type-required", problems);
        DisclosureMode m = parse(DisclosureMode.class, mode, "mode", "catalog.error.mode-required", problems);
        InterpretationForm form = interpretationForm == null || interpretationForm.isBlank()
                ? null
                : parse(
                        InterpretationForm.class,
                        interpretationForm,
                        "interpretationForm",
                        "catalog.error.form-required",
                        problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ItemContent(
                unitCode,
                title,
                docNumber,
                type,
                written,
                item,
                column,
                m,
                withheldReason,
                body,
                topics,
                standard,
                form);
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String value, String field, String code, List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, nz(value).strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, code));
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
