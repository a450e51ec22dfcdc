package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's columns as a managed tree per government (key-area columns, topic pages): an item's column is
 * chosen from this list, so a typo no longer makes a new column. The disclosure office (reviewers) and
 * administrators add columns; each addition is audited.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class CatalogColumns {

    static final String ENTITY = "catalog_column";
    static final int MAX_NAME = 100;

    private final ColumnStore store;
    private final UnitDirectory units;
    private final AuditLog audit;

    CatalogColumns(ColumnStore store, UnitDirectory units, AuditLog audit) {
        this.store = store;
        this.units = units;
        this.audit = audit;
    }

    /** The tree of a government in display order, each column with its depth. */
    @Transactional(readOnly = true)
    public List<CatalogColumn.Node> tree(String governmentCode) {
        List<CatalogColumn> all = store.all(governmentCode);
        Map<Long, List<CatalogColumn>> children = new HashMap<>();
        List<CatalogColumn> top = new ArrayList<>();
        for (CatalogColumn c : all) {
            if (c.parentId() == null) {
                top.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CatalogColumn.Node> out = new ArrayList<>();
        top.forEach(c -> walk(c, 0, children, out));
        return out;
    }

    private static void walk(
            CatalogColumn c, int depth, Map<Long, List<CatalogColumn>> children, List<CatalogColumn.Node> out) {
        out.add(new CatalogColumn.Node(c, depth));
        children.getOrDefault(c.id(), List.of()).forEach(k -> walk(k, depth + 1, children, out));
    }

    /** The tree of the government {@code unitCode} belongs to. */
    @Transactional(readOnly = true)
    public List<CatalogColumn.Node> treeOfUnit(String unitCode) {
        return tree(units.governmentOf(unitCode).code());
    }

    /** Whether {@code name} is an active column of the government of {@code unitCode}. */
    @Transactional(readOnly = true)
    public boolean isKnown(String unitCode, String name) {
        if (units.find(unitCode).isEmpty()) {
            return true; // the unknown unit is reported for itself
        }
        return store.findByName(units.governmentOf(unitCode).code(), name)
                .filter(CatalogColumn::active)
                .isPresent();
    }

    /** Refuses an item whose column is not in its government's list (400 naming {@code column}). */
    void requireKnown(ItemContent content) {
        if (!content.column().isEmpty() && !isKnown(content.unitCode(), content.column())) {
            throw InvalidInputException.of("column", "catalog.error.column-unknown", content.column());
        }
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CatalogColumn> find(long id) {
        return store.find(id);
    }

    /** Adds a column (or topic page) to the actor's government, under {@code parentId} when given. */
    public CatalogColumn create(StaffMember actor, String name, ColumnKind kind, Long parentId, String description) {
        if (!actor.isReviewer() || !actor.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("catalog.column", ENTITY, String.valueOf(name), actor.unitCode()),
                    "catalog.error.columns-office-only");
        }
        String gov = units.governmentOf(actor.unitCode()).code();
        String clean = name == null ? "" : TextRules.clean(name).strip();
        String text = description == null || description.isBlank() ? null : description.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (clean.isEmpty() || clean.length() > MAX_NAME || TextRules.hasForbidden(clean, false)) {
            problems.add(new FieldProblem("name", "catalog.error.column-name-required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "catalog.error.column-kind"));
        }
        if (parentId != null
                && store.find(parentId)
                        .filter(p -> p.governmentCode().equals(gov))
                        .isEmpty()) {
            problems.add(new FieldProblem("parentId", "catalog.error.column-parent", parentId));
        }
        if (text != null && text.length() > 500) {
            problems.add(new FieldProblem("description", "catalog.error.column-description"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (store.findByName(gov, clean).isPresent()) {
            throw new ConflictException("catalog.error.column-taken", clean);
        }
        long id = store.insert(gov, parentId, clean, kind, text);
        audit.record(AuditEvent.by(actor.username(), "catalog.column.create")
                .on(ENTITY, Long.toString(id))
                .inUnit(gov)
                .detail("before: none; after: " + kind + " " + clean + (parentId == null ? "" : " under " + parentId)));
        return store.find(id).orElseThrow();
    }
}
