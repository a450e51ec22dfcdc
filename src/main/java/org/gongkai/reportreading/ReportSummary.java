package org.gongkai.reportreading;

import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Labels;

/** A short readable account of a report as read: who, which year, key numbers, inferred cells, findings. */
public final class ReportSummary {

    private ReportSummary() {}

    public static String text(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(r.source() == null ? "" : r.source()).append('\n');
        sb.append("单位: ")
                .append(orDash(r.unit()))
                .append("  年度: ")
                .append(r.year() == null ? "-" : r.year())
                .append("  格式: ")
                .append(r.template() == null ? "-" : r.template().code())
                .append("  成文日期: ")
                .append(r.published() == null ? "-" : r.published())
                .append(r.posted() == null ? "" : "  网页发布: " + r.posted())
                .append('\n');
        Grid q = r.requests();
        if (q != null) {
            sb.append("依申请: 新收 ")
                    .append(q.count("new_received", "total"))
                    .append("  上年结转 ")
                    .append(q.count("carried_over", "total"))
                    .append("  办结 ")
                    .append(q.count("total", "total"))
                    .append("  结转下年 ")
                    .append(q.count("carried_forward", "total"))
                    .append("  予以公开 ")
                    .append(q.count("granted", "total"))
                    .append("  部分公开 ")
                    .append(q.count("partially_granted", "total"))
                    .append('\n');
        }
        Grid v = r.reviews();
        if (v != null) {
            sb.append("复议 ")
                    .append(v.count("reconsideration", "total"))
                    .append("  直接起诉 ")
                    .append(v.count("litigation_direct", "total"))
                    .append("  复议后起诉 ")
                    .append(v.count("litigation_after_reconsideration", "total"))
                    .append('\n');
        }
        for (String t : new String[] {"proactive", "requests", "reviews"}) {
            sb.append(Labels.tableTitle(t))
                    .append(": ")
                    .append(r.table(t) == null ? "未找到" : "已读取")
                    .append('\n');
        }
        if (!r.inferred().isEmpty()) {
            sb.append("推算补全: ").append(String.join(", ", r.inferred())).append('\n');
        }
        if (!r.uncertain().isEmpty()) {
            sb.append("无法确定: ").append(String.join(", ", r.uncertain())).append('\n');
        }
        if (!r.statements().isEmpty()) {
            sb.append("正文所述数字 ").append(r.statements().size()).append(" 处已与表格核对\n");
        }
        if (r.findings().isEmpty()) {
            sb.append("校验: 全部通过\n");
        } else {
            sb.append("校验问题 ").append(r.findings().size()).append(" 项:\n");
            for (Finding f : r.findings()) {
                sb.append("  [")
                        .append(f.code())
                        .append(' ')
                        .append(Labels.findingName(f.code()))
                        .append("] ")
                        .append(f.where())
                        .append("  ")
                        .append(f.message())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
