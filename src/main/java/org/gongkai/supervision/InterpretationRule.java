package org.gongkai.supervision;

import java.util.List;
import org.gongkai.catalog.CatalogInspection;
import org.springframework.stereotype.Component;

/**
 * Normative documents and policies in force without an interpretation (解读), or whose interpretation was not
 * published together with them (同步解读, 《关于全面推进政务公开工作的意见》 and the national policy-interpretation rules).
 */
@Component
class InterpretationRule implements SelfInspectionRule {

    private final CatalogInspection catalog;

    InterpretationRule(CatalogInspection catalog) {
        this.catalog = catalog;
    }

    @Override
    public String code() {
        return "interpretation-missing";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        return catalog.withoutSynchronousInterpretation(scope.units()).stream()
                .map(u -> Detection.of(
                        u.item().unitCode(),
                        "item:" + u.item().id(),
                        Evidence.item(u.item().id()),
                        u.item().title(),
                        u.interpretedLate() ? 1 : 0))
                .toList();
    }
}
