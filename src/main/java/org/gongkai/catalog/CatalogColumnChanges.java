package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames, moves and deactivates columns of the government's tree (the disclosure office and administrators). A
 * rename carries the government's items along (items name their column); a move may not put a column below itself;
 * a deactivated column keeps its items and its portal pages but is no longer offered for new items. Audited with the
 * column before and after.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class CatalogColumnChanges {

    /** A change: any of a new name, a new parent ({@code 0} for the top level) and whether it is active. */
    public record ColumnChange(String name, Long parentId, Boolean active) {}

    private final ColumnStore store;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CatalogColumnChanges(ColumnStore store, UnitDirectory units, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    public CatalogColumn change(StaffMember actor, long id, ColumnChange c) {
        if (!actor.isReviewer() || !actor.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("catalog.column", CatalogColumns.ENTITY, Long.toString(id), actor.unitCode()),
                    "catalog.error.columns-office-only");
        }
        String gov = units.governmentOf(actor.unitCode()).code();
        CatalogColumn before = store.find(id)
                .filter(col -> col.governmentCode().equals(gov))
                .orElseThrow(() -> new NotFoundException("catalog.error.column-not-found", id));
        List<FieldProblem> problems = new ArrayList<>();
        String name = before.name();
        if (c.name() != null) {
            name = TextRules.clean(c.name()).strip();
            if (name.isEmpty() || name.length() > CatalogColumns.MAX_NAME || TextRules.hasForbidden(name, false)) {
                problems.add(new FieldProblem("name", "catalog.error.column-name-required"));
            }
        }
        Long parent = before.parentId();
        if (c.parentId() != null) {
            parent = c.parentId() == 0 ? null : c.parentId();
            if (parent != null
                    && store.find(parent)
                            .filter(p -> p.governmentCode().equals(gov))
                            .isEmpty()) {
                problems.add(new FieldProblem("parentId", "catalog.error.column-parent", parent));
            } else if (parent != null && below(gov, id).contains(parent)) {
                problems.add(new FieldProblem("parentId", "catalog.error.column-cycle", parent));
            }
        }
        boolean active = c.active() == null ? before.active() : c.active();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!name.equals(before.name()) && store.findByName(gov, name).isPresent()) {
            throw new ConflictException("catalog.error.column-taken", name);
        }
        CatalogColumn after = new CatalogColumn(
                id, gov, parent, name, before.kind(), before.description(), before.sortOrder(), active);
        if (after.equals(before)) {
            return before;
        }
        store.update(after);
        List<Long> renamedItems =
                name.equals(before.name()) ? List.of() : store.renameInItems(unitsOf(gov), before.name(), name);
        // search, cached pages and the other nodes follow each item's new column name
        renamedItems.forEach(itemId -> events.publishEvent(new CatalogItemChanged(itemId)));
        int renamed = renamedItems.size();
        audit.record(AuditEvent.by(actor.username(), "catalog.column.change")
                .on(CatalogColumns.ENTITY, Long.toString(id))
                .inUnit(gov)
                .detail("before: " + describe(before) + "; after: " + describe(after)
                        + (renamed > 0 ? "; items renamed: " + renamed : "")));
        return after;
    }

    /** The column and every column below it. */
    private Set<Long> below(String gov, long id) {
        List<CatalogColumn> all = store.all(gov);
        Set<Long> inside = new HashSet<>(Set.of(id));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CatalogColumn col : all) {
                if (col.parentId() != null && inside.contains(col.parentId()) && inside.add(col.id())) {
                    grew = true;
                }
            }
        }
        return inside;
    }

    private Set<String> unitsOf(String gov) {
        return units.subtree(gov).stream().map(Unit::code).collect(Collectors.toSet());
    }

    private static String describe(CatalogColumn c) {
        return "{name=" + c.name() + ", kind=" + c.kind() + ", parent=" + c.parentId() + ", active=" + c.active() + "}";
    }
}
