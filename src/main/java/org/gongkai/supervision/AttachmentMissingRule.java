package org.gongkai.supervision;

import java.util.List;
import org.gongkai.catalog.CatalogInspection;
import org.springframework.stereotype.Component;

/** Published items that refer to an attachment (详见附件) without one attached (《政府网站与政务新媒体检查指标》, 内容准确性). */
@Component
class AttachmentMissingRule implements SelfInspectionRule {

    private final CatalogInspection catalog;

    AttachmentMissingRule(CatalogInspection catalog) {
        this.catalog = catalog;
    }

    @Override
    public String code() {
        return "attachment-missing";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        return catalog.attachmentMissing(scope.units()).stream()
                .map(i -> Detection.of(i.unitCode(), "item:" + i.id(), Evidence.item(i.id()), i.title()))
                .toList();
    }
}
