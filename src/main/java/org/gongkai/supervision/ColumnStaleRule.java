package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.catalog.CatalogInspection;
import org.springframework.stereotype.Component;

/**
 * Columns not updated within the national website-inspection limits (《政府网站与政务新媒体检查指标》): a news-type
 * column (动态、要闻、新闻) within two weeks, a notice or policy column (通知公告、政策文件、解读) within six months.
 */
@Component
class ColumnStaleRule implements SelfInspectionRule {

    static final Pattern NEWS = Pattern.compile(".*(动态|要闻|新闻|资讯).*");
    static final Pattern NOTICE_OR_POLICY = Pattern.compile(".*(通知|公告|公示|政策|文件|解读).*");
    private final CatalogInspection catalog;

    ColumnStaleRule(CatalogInspection catalog) {
        this.catalog = catalog;
    }

    @Override
    public String code() {
        return "column-stale";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        LocalDate newsLimit = scope.today().minusWeeks(2);
        LocalDate noticeLimit = scope.today().minusMonths(6);
        return catalog.columns(scope.units()).stream()
                .filter(c -> c.lastPublished() != null)
                .filter(c -> NEWS.matcher(c.column()).matches()
                        ? c.lastPublished().isBefore(newsLimit)
                        : NOTICE_OR_POLICY.matcher(c.column()).matches()
                                && c.lastPublished().isBefore(noticeLimit))
                .map(c -> Detection.of(
                        c.unitCode(),
                        "column:" + c.column(),
                        Evidence.column(c.unitCode(), c.column()),
                        c.column(),
                        c.lastPublished().toString(),
                        NEWS.matcher(c.column()).matches() ? 0 : 1))
                .toList();
    }
}
