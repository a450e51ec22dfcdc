package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitAdministration;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration from the old website through the service (what the console and the command line call): a dry run
 * names every failing row with its column and stores nothing, the real run stores all or nothing, and 10,000
 * items with their attachments keep their index numbers, document numbers, dates and validity.
 */
@GongkaiTest
class CatalogImportTest {

    static final String UNIT = "001008099771";
    static final String BIG_UNIT = "001008099772";
    static final StaffMember ADMIN = new StaffMember("admin", "系统管理员", Role.ADMIN, "001008099001");

    @Autowired
    CatalogImport imports;

    @Autowired
    CatalogRepository items;

    @Autowired
    UnitAdministration unitAdmin;

    @Autowired
    UnitDirectory units;

    @Autowired
    CatalogSearch search;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void units() {
        for (String code : List.of(UNIT, BIG_UNIT)) {
            if (units.find(code).isEmpty()) {
                unitAdmin.create(
                        ADMIN, new UnitAdministration.NewUnit(code, "迁移测试局" + code, "001008099", "DEPARTMENT"));
            }
        }
    }

    private long count(String unit) {
        return jdbc.sql("select count(*) from catalog_item where unit_code = ?")
                .param(unit)
                .query(Long.class)
                .single();
    }

    private ImportReader.Source sheet(String csv) {
        return ImportReader.read("old.csv", csv.getBytes(StandardCharsets.UTF_8), ImportFiles.directory(dir));
    }

    @Test
    void aDryRunNamesEveryBadRowWithColumnAndReasonAndNothingIsStored() throws Exception {
        Files.write(dir.resolve("ok.pdf"), ImportFixtures.pdf("ok"));
        String taken = items.list(new ItemFilter(null, ItemStatus.PUBLISHED, false, null, null, null, null, null, 0, 1))
                .items()
                .get(0)
                .indexNumber()
                .toString();
        String takenUnit = taken.substring(0, taken.indexOf('/'));
        String csv = ImportFixtures.csv(List.of(
                UNIT + "/2012-000001," + UNIT + ",好的一行,示迁〔2012〕1号,通知公告,2012-03-01,2012-03-02,通知公告,,,,正文,ok.pdf",
                UNIT + "/2012-000002,999999999,单位不存在,,通知公告,2012-03-01,2012-03-02,通知公告,,,,,",
                UNIT + "/2012-000003," + UNIT + ",日期不对,,通知公告,2012-13-45,2012-03-02,通知公告,,,,,",
                UNIT + "/2012-000001," + UNIT + ",索引号重复,,通知公告,2012-03-01,2012-03-02,通知公告,,,,,",
                taken + "," + takenUnit + ",索引号已在目录中,,通知公告,2012-03-01,2012-03-02,通知公告,,,,,",
                UNIT + "/2012-000005," + UNIT + ",附件缺失,,通知公告,2012-03-01,2012-03-02,通知公告,,,,,missing.pdf",
                UNIT + "/2012-000006," + UNIT + ",废止却无废止文件,,行政规范性文件,2012-03-01,2012-03-02,规范性文件,废止,2013-01-01,,,",
                ",," + ",,不存在的类别,2012-03-01,2099-01-01,,,,,,"));
        long before = count(UNIT);

        ImportReport dry = imports.dryRun(ADMIN, sheet(csv));

        assertThat(dry.rows()).isEqualTo(8);
        assertThat(dry.problems())
                .extracting(p -> p.row() + " " + p.column() + " " + p.reason())
                .contains(
                        "3 B（单位代码） 没有代码为 999999999 的单位",
                        "4 F（成文日期） 日期“2012-13-45”无法识别，应写作 2024-03-05 或 2024年3月5日",
                        "5 A（索引号） 索引号 " + UNIT + "/2012-000001 与第 2 行重复",
                        "6 A（索引号） 索引号 " + taken + " 已在目录中",
                        "7 M（附件） 附件文件“missing.pdf”不存在",
                        "8 K（废止文件） 废止须写明废止依据的文件。")
                .anySatisfy(p -> assertThat(p).startsWith("9 B（单位代码） 此项必填"))
                .anySatisfy(p -> assertThat(p).startsWith("9 C（标题）"))
                .anySatisfy(p -> assertThat(p).startsWith("9 E（类别） “不存在的类别”不是可选的值"))
                .anySatisfy(p -> assertThat(p).startsWith("9 G（发布日期） 发布日期 2099-01-01 在今天之后"))
                .anySatisfy(p -> assertThat(p).startsWith("9 H（栏目）"))
                .noneMatch(p -> p.startsWith("2 "));
        assertThat(count(UNIT)).isEqualTo(before);

        ImportReport run = imports.run(ADMIN, sheet(csv));
        assertThat(run.ok()).isFalse();
        assertThat(run.imported()).isZero();
        assertThat(run.problems()).hasSameSizeAs(dry.problems());
        assertThat(count(UNIT))
                .as("all or nothing: the good row is not stored either")
                .isEqualTo(before);
    }

    @Test
    void onlyTheDisclosureOfficeImports() {
        StaffMember handler = new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, "001008099013");
        assertThatThrownBy(() -> imports.dryRun(handler, sheet(ImportFixtures.csv(List.of()))))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedNamingThem() {
        assertThatThrownBy(() -> sheet("标题,文号\n一,二\n"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fields().get(0).args())
                        .contains("单位代码、类别、成文日期、发布日期、栏目"));
    }

    @Test
    void aJsonExportWithInlineFilesAndAnXlsxSheetImport() throws Exception {
        String pdf = Base64.getEncoder().encodeToString(ImportFixtures.pdf("json export"));
        String json = """
                {"items": [{"indexNumber": "%s/2011-000042", "unitCode": "%s", "title": "JSON导出的规范性文件",
                  "docNumber": "示迁规〔2011〕2号", "docType": "NORMATIVE", "writtenOn": "2011年4月1日",
                  "publishedOn": "2011/4/3", "column": "规范性文件", "validity": "失效",
                  "validityChangedOn": "2014-12-31", "attachments": [{"filename": "规定.pdf", "content": "%s"}]}]}
                """.formatted(UNIT, UNIT, pdf);
        ImportReport report = imports.run(
                ADMIN, ImportReader.read("export.json", json.getBytes(StandardCharsets.UTF_8), ImportFiles.none()));
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(1);
        CatalogItem item = items.findByIndexNumber(UNIT + "/2011-000042").orElseThrow();
        assertThat(item.content().docNumber()).isEqualTo("示迁规〔2011〕2号");
        assertThat(item.content().writtenOn()).isEqualTo(LocalDate.of(2011, 4, 1));
        assertThat(item.publishedOn()).isEqualTo(LocalDate.of(2011, 4, 3));
        assertThat(item.validity()).isEqualTo(Validity.EXPIRED);
        assertThat(item.validityChangedOn()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(items.attachments(item.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.extractedText()).contains("json export"));
        assertThat(items.history(item.id()))
                .extracting(CatalogItemEvent::action)
                .containsExactly("import");
        assertThat(items.nextSerial(UNIT, 2011))
                .as("never gives an imported number again")
                .isGreaterThan(42);

        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            String[] header = {"单位代码", "标题", "类别", "成文日期", "发布日期", "栏目"};
            String[] row = {UNIT, "表格导入的通知", "通知公告", "2010-05-06", "2010-05-07", "通知公告"};
            var h = sheet.createRow(0);
            var r = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
                r.createCell(c).setCellValue(row[c]);
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        ImportReport fromSheet = imports.run(ADMIN, ImportReader.read("old.xlsx", xlsx, ImportFiles.none()));
        assertThat(fromSheet.problems()).isEmpty();
        assertThat(items.list(new ItemFilter(List.of(UNIT), null, false, null, null, null, null, 2010, 0, 10))
                        .items())
                .extracting(CatalogItem::title, i -> i.indexNumber().year())
                .contains(org.assertj.core.groups.Tuple.tuple("表格导入的通知", 2010));
    }

    @Test
    void tenThousandItemsWithTheirAttachmentsImportInOneGo() throws Exception {
        int n = 10_000;
        List<String> rows = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            int year = 2008 + i % 6;
            String file = "files/" + i + ".pdf";
            Path f = dir.resolve(file);
            Files.createDirectories(f.getParent());
            Files.write(f, ImportFixtures.pdf("archive item " + i));
            boolean normative = i % 10 == 0;
            String number = i % 2 == 0 ? BIG_UNIT + "/" + year + "-" + (100_000 + i) : "";
            rows.add(String.join(
                    ",",
                    number,
                    BIG_UNIT,
                    "迁移档案第" + i + "号" + (normative ? "管理办法" : "公告"),
                    "示档〔" + year + "〕" + i + "号",
                    normative ? "行政规范性文件" : "通知公告",
                    year + "-01-0" + (1 + i % 5),
                    year + "年2月" + (1 + i % 20) + "日",
                    normative ? "规范性文件" : "通知公告",
                    normative && i % 20 == 0 ? "废止" : "",
                    normative && i % 20 == 0 ? "2015-06-30" : "",
                    normative && i % 20 == 0 ? "示档〔2015〕1号" : "",
                    "迁移正文" + i,
                    file));
        }
        Path sheet = dir.resolve("old-site.csv");
        Files.writeString(sheet, ImportFixtures.csv(rows));
        long before = count(BIG_UNIT);

        long t0 = System.nanoTime();
        ImportReport dry = imports.dryRun(
                ADMIN, ImportReader.read("old-site.csv", Files.readAllBytes(sheet), ImportFiles.directory(dir)));
        long t1 = System.nanoTime();
        ImportReport report = imports.run(
                ADMIN, ImportReader.read("old-site.csv", Files.readAllBytes(sheet), ImportFiles.directory(dir)));
        long t2 = System.nanoTime();
        System.out.printf(
                "catalog import of %d items with attachments: dry run %.1f s, import %.1f s%n",
                n, (t1 - t0) / 1e9, (t2 - t1) / 1e9);

        assertThat(dry.problems()).isEmpty();
        assertThat(dry.imported()).isZero();
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(n);
        assertThat(report.attachments()).isEqualTo(n);
        assertThat(count(BIG_UNIT) - before).isEqualTo(n);
        CatalogItem kept = items.findByIndexNumber(BIG_UNIT + "/2012-100004").orElseThrow();
        assertThat(kept.title()).isEqualTo("迁移档案第4号公告");
        assertThat(kept.content().docNumber()).isEqualTo("示档〔2012〕4号");
        assertThat(kept.publishedOn()).isEqualTo(LocalDate.of(2012, 2, 5));
        CatalogItem repealed =
                items.findByIndexNumber(BIG_UNIT + "/2010-100020").orElseThrow();
        assertThat(repealed.validity()).isEqualTo(Validity.REPEALED);
        assertThat(repealed.repealedBy()).isEqualTo("示档〔2015〕1号");
        assertThat(jdbc.sql("select count(distinct index_number) from catalog_item where unit_code = ?")
                        .param(BIG_UNIT)
                        .query(Long.class)
                        .single())
                .isEqualTo(count(BIG_UNIT));
        assertThat(search.search(SearchQuery.of("迁移档案第4号公告")).hits())
                .as("the index is rebuilt after the import")
                .anySatisfy(h -> assertThat(h.indexNumber()).isEqualTo(BIG_UNIT + "/2012-100004"));
    }
}
