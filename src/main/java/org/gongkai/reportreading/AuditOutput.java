package org.gongkai.reportreading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Labels;

/** The outputs of an audit of many reports: the ranking as text and XLSX, and an HTML summary with SVG charts. */
public final class AuditOutput {

    static final List<String> RANK_HEADER = List.of("名次", "文件", "单位", "年度", "格式", "落款日期", "网页发布日期", "问题数", "问题类别");

    private AuditOutput() {}

    static List<List<Object>> rankRows(List<AnnualReport> ranking) {
        List<List<Object>> out = new ArrayList<>();
        int rank = 0;
        for (AnnualReport r : ranking) {
            rank++;
            out.add(List.of(
                    rank,
                    nz(r.source()),
                    nz(r.unit()),
                    r.year() == null ? "" : r.year(),
                    r.template() == null ? "" : r.template().code(),
                    r.published() == null ? "" : r.published().toString(),
                    r.posted() == null ? "" : r.posted().toString(),
                    r.findings().size(),
                    codes(r)));
        }
        return out;
    }

    /** The finding kinds of a report with counts: "正文与表格不符×2、逾期公开". */
    static String codes(AnnualReport r) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            n.merge(Labels.findingName(f.code()), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        n.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "、").append(k).append(v > 1 ? "×" + v : ""));
        return sb.toString();
    }

    /** The ranking as printed lines, most findings first. */
    public static String text(ReportAudit.Result result) {
        StringBuilder sb = new StringBuilder();
        sb.append("名次\t问题数\t单位\t年度\t文件\t问题类别\n");
        int rank = 0;
        for (AnnualReport r : result.ranking()) {
            rank++;
            sb.append(rank)
                    .append('\t')
                    .append(r.findings().size())
                    .append('\t')
                    .append(r.unit() == null ? "-" : r.unit())
                    .append('\t')
                    .append(r.year() == null ? "-" : r.year())
                    .append('\t')
                    .append(nz(r.source()))
                    .append('\t')
                    .append(codes(r))
                    .append('\n');
        }
        return sb.toString();
    }

    /** Sheets 排名 (the ranking), 校验问题 (every finding) and 无法读取 (files not read). */
    public static byte[] xlsx(ReportAudit.Result result) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReportExport.sheet(wb.createSheet("排名"), RANK_HEADER, rankRows(result.ranking()));
            ReportExport.sheet(
                    wb.createSheet("校验问题"), ReportExport.FINDING_HEADER, ReportExport.findingRows(result.ranking()));
            List<List<Object>> failed = new ArrayList<>();
            for (ReportAudit.Failure f : result.failures()) {
                failed.add(List.of(f.file(), f.reason()));
            }
            ReportExport.sheet(wb.createSheet("无法读取"), List.of("文件", "原因"), failed);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A self-contained HTML page: totals, two bar charts (findings by kind, by year) and the ranking. */
    public static byte[] html(ReportAudit.Result result, int top) {
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, int[]> byYear = new TreeMap<>(); // year → {reports, with findings}
        for (AnnualReport r : result.ranking()) {
            for (Finding f : r.findings()) {
                byKind.merge(Labels.findingName(f.code()), 1, Integer::sum);
            }
            int[] y = byYear.computeIfAbsent(r.year() == null ? "未知" : r.year().toString(), k -> new int[2]);
            y[0]++;
            y[1] += r.findings().isEmpty() ? 0 : 1;
        }
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>政府信息公开工作年度报告审核汇总</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:2px 6px;font-size:14px}th{background:#eee}")
                .append("svg text{font-size:12px}</style></head><body>");
        sb.append("<h1>政府信息公开工作年度报告审核汇总</h1>");
        sb.append("<p>共读取报告 ")
                .append(result.ranking().size())
                .append(" 份，其中有问题的 ")
                .append(result.withFindings())
                .append(" 份；无法读取 ")
                .append(result.failures().size())
                .append(" 份。</p>");
        sb.append("<h2>问题类别</h2>");
        Map<String, Integer> kinds = new LinkedHashMap<>();
        byKind.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> kinds.put(e.getKey(), e.getValue()));
        bars(sb, kinds, "#c0392b");
        sb.append("<h2>各年度有问题的报告数</h2>");
        Map<String, Integer> years = new LinkedHashMap<>();
        byYear.forEach((y, n) -> years.put(y + "年（共" + n[0] + "份）", n[1]));
        bars(sb, years, "#2c7fb8");
        sb.append("<h2>问题最多的报告</h2><table><tr>");
        for (String h : RANK_HEADER) {
            sb.append("<th>").append(esc(h)).append("</th>");
        }
        sb.append("</tr>");
        for (List<Object> row : rankRows(
                result.ranking().subList(0, Math.min(top, result.ranking().size())))) {
            sb.append("<tr>");
            for (Object c : row) {
                sb.append("<td>").append(esc(String.valueOf(c))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</table>");
        if (!result.failures().isEmpty()) {
            sb.append("<h2>无法读取的文件</h2><ul>");
            for (ReportAudit.Failure f : result.failures()) {
                sb.append("<li>")
                        .append(esc(f.file()))
                        .append("：")
                        .append(esc(f.reason()))
                        .append("</li>");
            }
            sb.append("</ul>");
        }
        sb.append("</body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A horizontal bar chart as inline SVG, one bar per entry, with its label and value. */
    static void bars(StringBuilder sb, Map<String, Integer> data, String color) {
        if (data.isEmpty()) {
            sb.append("<p>无</p>");
            return;
        }
        int max = data.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int row = 22;
        int labelW = 200;
        int barW = 400;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(labelW + barW + 60)
                .append("\" height=\"")
                .append(row * data.size() + 4)
                .append("\">");
        int i = 0;
        for (Map.Entry<String, Integer> e : data.entrySet()) {
            int y = i * row + 2;
            int w = max == 0 ? 0 : (int) Math.round((double) barW * e.getValue() / max);
            sb.append("<text x=\"")
                    .append(labelW - 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" text-anchor=\"end\">")
                    .append(esc(e.getKey()))
                    .append("</text><rect x=\"")
                    .append(labelW)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(w)
                    .append("\" height=\"")
                    .append(row - 6)
                    .append("\" fill=\"")
                    .append(color)
                    .append("\"><title>")
                    .append(esc(e.getKey() + "：" + e.getValue()))
                    .append("</title></rect><text x=\"")
                    .append(labelW + w + 4)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\">")
                    .append(e.getValue())
                    .append("</text>");
            i++;
        }
        sb.append("</svg>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
