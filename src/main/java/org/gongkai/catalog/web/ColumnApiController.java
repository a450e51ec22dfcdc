package org.gongkai.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongkai.catalog.CatalogColumn;
import org.gongkai.catalog.CatalogColumnChanges;
import org.gongkai.catalog.CatalogColumnChanges.ColumnChange;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The government's column tree: public to read; added, renamed, moved and deactivated by the disclosure office. */
@RestController
@Tag(name = "columns", description = "The catalogue's column tree")
class ColumnApiController {

    /** A column as the API gives it. */
    record ColumnView(long id, String name, String kind, Long parentId, int depth, boolean active) {}

    /** Body of {@code POST /api/v1/catalog/columns}. */
    record NewColumn(String name, String kind, Long parentId, String description) {}

    private final CatalogColumns columns;
    private final CatalogColumnChanges changes;
    private final UnitDirectory units;

    ColumnApiController(CatalogColumns columns, CatalogColumnChanges changes, UnitDirectory units) {
        this.columns = columns;
        this.changes = changes;
        this.units = units;
    }

    @Operation(summary = "The government's column tree in display order, deactivated columns included (public)")
    @GetMapping("/api/v1/catalog/columns")
    List<ColumnView> tree() {
        return units.all().stream()
                .filter(Unit::isRoot)
                .findFirst()
                .map(root -> columns.tree(root.code()).stream()
                        .map(ColumnApiController::view)
                        .toList())
                .orElse(List.of());
    }

    @Operation(summary = "Add a column or topic page (disclosure office); 400 naming the field, 409 for a name in use")
    @PostMapping(path = "/api/v1/catalog/columns", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ColumnView create(@AuthenticationPrincipal StaffPrincipal p, @RequestBody NewColumn body) {
        ColumnKind kind = null;
        for (ColumnKind k : ColumnKind.values()) {
            if (k.name().equals(body.kind())) {
                kind = k;
            }
        }
        CatalogColumn created = columns.create(p.member(), body.name(), kind, body.parentId(), body.description());
        return placed(created);
    }

    @Operation(
            summary = "Rename (items follow), move (`parentId`, 0 for the top level; not below itself) or deactivate"
                    + " (`active`: items keep their column, no new items) a column (disclosure office)")
    @PatchMapping(path = "/api/v1/catalog/columns/{id}", consumes = "application/json")
    ColumnView change(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, @RequestBody ColumnChange body) {
        return placed(changes.change(p.member(), id, body));
    }

    /** The column with its depth in its government's tree. */
    private ColumnView placed(CatalogColumn c) {
        return columns.tree(c.governmentCode()).stream()
                .filter(n -> n.column().id() == c.id())
                .findFirst()
                .map(ColumnApiController::view)
                .orElseThrow();
    }

    private static ColumnView view(CatalogColumn.Node n) {
        CatalogColumn c = n.column();
        return new ColumnView(c.id(), c.name(), c.kind().name(), c.parentId(), n.depth(), c.active());
    }
}
