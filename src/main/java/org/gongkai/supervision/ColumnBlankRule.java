package org.gongkai.supervision;

import java.util.List;
import org.gongkai.catalog.CatalogInspection;
import org.springframework.stereotype.Component;

/** Blank columns (空白栏目): a column that once held items but shows none published now. */
@Component
class ColumnBlankRule implements SelfInspectionRule {

    private final CatalogInspection catalog;

    ColumnBlankRule(CatalogInspection catalog) {
        this.catalog = catalog;
    }

    @Override
    public String code() {
        return "column-blank";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        return catalog.columns(scope.units()).stream()
                .filter(c -> c.published() == 0)
                .map(c -> Detection.of(
                        c.unitCode(), "column:" + c.column(), Evidence.column(c.unitCode(), c.column()), c.column()))
                .toList();
    }
}
