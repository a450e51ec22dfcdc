package org.gongkai.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.supervision.Assessment;
import org.gongkai.supervision.Indicator;
import org.gongkai.supervision.IndicatorKind;
import org.springframework.context.MessageSource;

/** The assessment as an XLSX workbook: one row per unit (rank, score, points per indicator, the reasons). */
final class AssessmentWorkbook {

    private AssessmentWorkbook() {}

    static byte[] write(Assessment a, MessageSource messages, java.util.Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(
                    messages.getMessage("supervision.assessment.sheet", new Object[] {a.year()}, locale));
            List<String> head = new ArrayList<>(List.of(
                    messages.getMessage("supervision.assessment.rank", null, locale),
                    messages.getMessage("supervision.assessment.unit-code", null, locale),
                    messages.getMessage("supervision.assessment.unit", null, locale),
                    messages.getMessage("supervision.assessment.base", null, locale)));
            for (Indicator i : a.indicators()) {
                head.add((i.kind() == IndicatorKind.DEDUCTION ? "−" : "+") + i.label());
            }
            head.add(messages.getMessage("supervision.assessment.score", null, locale));
            head.add(messages.getMessage("supervision.assessment.reasons", null, locale));
            Row h = sheet.createRow(0);
            for (int c = 0; c < head.size(); c++) {
                h.createCell(c).setCellValue(head.get(c));
            }
            int r = 1;
            for (Assessment.UnitScore u : a.units()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(u.rank());
                row.createCell(c++).setCellValue(u.unitCode());
                row.createCell(c++).setCellValue(u.unitName());
                row.createCell(c++).setCellValue(a.baseScore().doubleValue());
                for (Indicator i : a.indicators()) {
                    row.createCell(c++).setCellValue(u.pointsOf(i.code()).doubleValue());
                }
                row.createCell(c++).setCellValue(u.score().doubleValue());
                List<String> reasons = new ArrayList<>();
                u.deductions()
                        .forEach(l -> reasons.add(
                                "−" + l.points().stripTrailingZeros().toPlainString() + " " + l.reason()));
                u.bonuses()
                        .forEach(l -> reasons.add(
                                "+" + l.points().stripTrailingZeros().toPlainString() + " " + l.reason()));
                row.createCell(c).setCellValue(String.join("；", reasons));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
