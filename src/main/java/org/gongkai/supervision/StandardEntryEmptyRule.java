package org.gongkai.supervision;

import java.util.List;
import org.gongkai.catalog.CatalogInspection;
import org.springframework.stereotype.Component;

/** Standard-catalogue entries (基层政务公开标准目录) under which nothing has been published. */
@Component
class StandardEntryEmptyRule implements SelfInspectionRule {

    private final CatalogInspection catalog;

    StandardEntryEmptyRule(CatalogInspection catalog) {
        this.catalog = catalog;
    }

    @Override
    public String code() {
        return "standard-entry-empty";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        return catalog.entriesWithNothingPublished(scope.units()).stream()
                .map(e -> Detection.of(
                        e.unitCode(), "entry:" + e.id(), Evidence.standardEntry(e.unitCode(), e.id()), e.title()))
                .toList();
    }
}
