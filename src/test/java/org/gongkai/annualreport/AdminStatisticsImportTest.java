package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.support.Bombs;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Importing the administrative statistics from CSV and XLSX: all or nothing, problems named by row and column. */
@GongkaiTest
class AdminStatisticsImportTest {

    static final StaffMember REVIEWER = new StaffMember("reviewer", "审核", Role.REVIEWER, "001008099001");
    static final String HEADER = "单位代码,年度,行政许可事项数,行政许可处理决定数,其他对外管理服务事项数,其他对外管理服务处理决定数,"
            + "行政处罚事项数,行政处罚决定数,行政强制事项数,行政强制决定数,行政事业性收费项目数,行政事业性收费金额（万元）,"
            + "政府集中采购项目数,政府集中采购总金额（万元）\n";

    @Autowired
    AdminStatisticsService service;

    @Autowired
    AdminStatisticsRepository repo;

    @Autowired
    MessageSource messages;

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValidCsvStoresEveryRow() {
        int n = service.importFile(REVIEWER, "stats.csv", csv("""
                001008099021,2015,12,340,5,60,30,120,4,9,3,12.5,7,880.25
                001008099022,2015,8,100,2,10,11,45,1,2,0,0,3,"1,020.5"
                """));
        assertThat(n).isEqualTo(2);
        AdminStatistics s = repo.find("001008099021", 2015).orElseThrow();
        assertThat(s.licensingDecisions()).isEqualTo(340);
        assertThat(s.procurement10k()).isEqualByComparingTo("880.25");
        assertThat(repo.find("001008099022", 2015).orElseThrow().procurement10k())
                .isEqualByComparingTo("1020.5");
    }

    @Test
    void oneBadCellRejectsTheWholeFileNamingRowAndColumn() {
        assertThatThrownBy(() -> service.importFile(REVIEWER, "stats.csv", csv("""
                001008099021,2014,12,340,5,60,30,120,4,9,3,12.5,7,880
                009999999999,2014,1,1,1,1,1,1,1,1,1,1,1,1
                001008099022,2014,8,-3,2,10,11,45,1,2,0,0,3,20
                001008099022,2014,8,3,2,十,11,45,1,2,0,0,3,20
                """)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> said = e.fields().stream()
                            .map(f -> messages.getMessage(f.messageCode(), f.args(), Locale.SIMPLIFIED_CHINESE))
                            .toList();
                    assertThat(e.fields())
                            .extracting(InvalidInputException.FieldProblem::field)
                            .contains("A3", "D4", "A5", "F5");
                    assertThat(said)
                            .anySatisfy(m -> assertThat(m).contains("第3行").contains("009999999999"));
                    assertThat(said)
                            .anySatisfy(m -> assertThat(m).contains("第4行D列").contains("不能为负数"));
                    assertThat(said)
                            .anySatisfy(m -> assertThat(m).contains("第5行").contains("重复"));
                    assertThat(said)
                            .anySatisfy(m -> assertThat(m).contains("第5行F列").contains("不是数字"));
                });
        assertThat(repo.find("001008099021", 2014)).isEmpty();
    }

    @Test
    void anXlsxWithEnglishHeadersImports() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("统计");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("unit_code");
            header.createCell(1).setCellValue("year");
            for (int i = 0; i < AdminStatistics.FIELDS.size(); i++) {
                header.createCell(2 + i)
                        .setCellValue(AdminStatistics.FIELDS.get(i).key());
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("001008099023");
            row.createCell(1).setCellValue(2016);
            for (int i = 0; i < AdminStatistics.FIELDS.size(); i++) {
                row.createCell(2 + i).setCellValue(i + 1);
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(service.importFile(REVIEWER, "统计.xlsx", xlsx)).isEqualTo(1);
        AdminStatistics s = repo.find("001008099023", 2016).orElseThrow();
        assertThat(s.penaltyDecisions()).isEqualTo(6);
        assertThat(s.feeAmount10k()).isEqualByComparingTo(BigDecimal.TEN);
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> service.importFile(
                        REVIEWER, "s.csv", "单位代码,年度\n001008099021,2013\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .containsOnly("header"));
    }

    @Test
    void aHandlerImportsOnlyItsOwnUnit() {
        StaffMember handler = new StaffMember("h", "经办", Role.HANDLER, "001008099021");
        assertThatThrownBy(
                        () -> service.importFile(handler, "s.csv", csv("001008099022,2012,1,1,1,1,1,1,1,1,1,1,1,1\n")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidInputException.FieldProblem::messageCode)
                                .contains("annualreport.import.not-your-unit"));
        assertThatThrownBy(() -> service.get(handler, "001008099022", 2012)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anXlsxInflatingToAHundredMegabytesIsRefusedWithinSecondsNamingTheFile() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> service.importFile(REVIEWER, "统计.xlsx", Bombs.ratioXlsx()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fields())
                            .extracting(InvalidInputException.FieldProblem::field)
                            .containsExactly("file");
                    InvalidInputException.FieldProblem f = e.fields().get(0);
                    assertThat(messages.getMessage(f.messageCode(), f.args(), Locale.SIMPLIFIED_CHINESE))
                            .contains("统计.xlsx", "未处理");
                });
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(10));
    }
}
