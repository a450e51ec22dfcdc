package org.gongkai.reportreading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Grid;

/** Every cell and every finding of a set of reports, as CSV (UTF-8 with BOM, for Excel) or XLSX. */
public final class ReportExport {

    static final List<String> CELL_HEADER = List.of("文件", "单位", "年度", "格式", "表", "行", "列", "数值", "标记");
    static final List<String> FINDING_HEADER = List.of("文件", "单位", "年度", "代码", "位置", "说明");

    private ReportExport() {}

    static List<List<Object>> cellRows(List<AnnualReport> reports) {
        List<List<Object>> out = new ArrayList<>();
        for (AnnualReport r : reports) {
            Map<String, String> marks = CellMarks.of(r);
            for (String t : List.of("proactive", "requests", "reviews")) {
                Grid g = r.table(t);
                if (g == null) {
                    continue;
                }
                for (String row : g.rowKeys()) {
                    for (String c : g.columns(row)) {
                        String path = t + "." + row + "." + c;
                        out.add(List.of(
                                nz(r.source()),
                                nz(r.unit()),
                                r.year() == null ? "" : r.year(),
                                r.template() == null ? "" : r.template().code(),
                                t,
                                row,
                                c,
                                g.get(row, c),
                                marks.getOrDefault(path, "")));
                    }
                }
            }
        }
        return out;
    }

    static List<List<Object>> findingRows(List<AnnualReport> reports) {
        List<List<Object>> out = new ArrayList<>();
        for (AnnualReport r : reports) {
            for (Finding f : r.findings()) {
                out.add(List.of(
                        nz(r.source()),
                        nz(r.unit()),
                        r.year() == null ? "" : r.year(),
                        f.code(),
                        f.where(),
                        f.message()));
            }
        }
        return out;
    }

    /** One CSV: the cells, a blank line, then the findings. */
    public static byte[] csv(List<AnnualReport> reports) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, new ArrayList<>(CELL_HEADER));
        cellRows(reports).forEach(r -> line(sb, r));
        sb.append("\r\n");
        line(sb, new ArrayList<>(FINDING_HEADER));
        findingRows(reports).forEach(r -> line(sb, r));
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) instanceof BigDecimal d
                    ? d.stripTrailingZeros().toPlainString()
                    : String.valueOf(cells.get(i));
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !(cells.get(i) instanceof BigDecimal)) {
                v = "'" + v; // no formulas from uploaded text
            }
            sb.append(i == 0 ? "" : ",");
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append("\r\n");
    }

    /** Two sheets: 单元格 and 校验问题. */
    public static byte[] xlsx(List<AnnualReport> reports) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(wb.createSheet("单元格"), CELL_HEADER, cellRows(reports));
            sheet(wb.createSheet("校验问题"), FINDING_HEADER, findingRows(reports));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sheet(Sheet s, List<String> header, List<List<Object>> rows) {
        Row h = s.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
        }
        int r = 1;
        for (List<Object> row : rows) {
            Row x = s.createRow(r++);
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                if (v instanceof BigDecimal d) {
                    x.createCell(i).setCellValue(d.doubleValue());
                } else if (v instanceof Integer n) {
                    x.createCell(i).setCellValue(n);
                } else {
                    x.createCell(i).setCellValue(String.valueOf(v));
                }
            }
        }
        s.createFreezePane(0, 1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
