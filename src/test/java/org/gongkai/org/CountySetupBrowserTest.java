package org.gongkai.org;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.support.Browsers;
import org.gongkai.support.CaseSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium, from a fresh database without the demo: the setup page; the administrator creates the government
 * office, three departments and a town, imports thirty units from an XLSX file and creates a handler, a reviewer and
 * a colleague; the handler chooses a password at the first login, registers and answers an application; three days
 * later the department is renamed and the reply letter still shows the old name; the handler leaves and the open
 * case is handed to the colleague of another unit. The units page is checked at 1366 and 390 px.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gongkai.demo=false", "gongkai.data-dir=target/test-data-county-browser"})
@ActiveProfiles("test")
@Import(CountySetupBrowserTest.Days.class)
class CountySetupBrowserTest {

    private static final String GOV = "330399";
    private static final String HOUSING = "330399013";
    private static final String OLD_NAME = "示范县住房和城乡建设局";
    private static final String NEW_NAME = "示范县城乡建设和交通局";
    private static final Path SHOTS = Path.of("target/screenshots");

    /** The platform's clock, set back a few days for the first part of the walk. */
    @TestConfiguration
    static class Days {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    /** A clock the walk moves: three days back, then now. */
    static final class SettableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void back(Duration d) {
            offset.set(d.negated());
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    GongkaiProperties props;

    @Autowired
    SettableClock clock;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCountySetsItselfUpInTheConsoleAndLivesThroughARenameAndATurnover() throws Exception {
        clock.back(Duration.ofDays(3));
        Files.createDirectories(SHOTS);
        try (Browsers browsers = Browsers.chromium()) {
            // Setup with the one-time token
            Page admin = browsers.browser().newContext().newPage();
            String token =
                    Files.readString(props.dataDir().resolve("setup-token")).strip();
            admin.navigate(url("/setup?token=" + token));
            admin.fill("#governmentCode", GOV);
            admin.fill("#governmentName", "示范县人民政府");
            admin.fill("#username", "linadmin");
            admin.fill("#name", "林主任");
            admin.fill("#password", "Admin-long-password-1");
            admin.click("main button[type=submit]");
            login(admin, "linadmin", "Admin-long-password-1");

            // The government office, three departments and a town
            admin.navigate(url("/console/units"));
            createUnit(admin, "330399001", "示范县人民政府办公室", "GOVERNMENT_OFFICE");
            createUnit(admin, HOUSING, OLD_NAME, "DEPARTMENT");
            createUnit(admin, "330399014", "示范县自然资源和规划局", "DEPARTMENT");
            createUnit(admin, "330399015", "示范县教育局", "DEPARTMENT");
            createUnit(admin, "330399101", "示范县城关镇", "TOWN");

            // Thirty more from an XLSX file
            admin.setInputFiles(
                    "#import-file",
                    new FilePayload(
                            "单位.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            thirtyUnits()));
            admin.click("form[action='/console/units/import'] button[type=submit]");
            assertThat(admin.locator("main")).containsText("已保存");
            assertThat(admin.locator("main")).containsText("示范县第30号单位");

            // A handler, a reviewer and a colleague of another unit
            createAccount(admin, "zhouhandler", "周经办", "HANDLER", HOUSING);
            createAccount(admin, "wureviewer", "吴审核", "REVIEWER", "330399001");
            createAccount(admin, "chenhandler", "陈经办", "HANDLER", "330399014");
            screenshots(admin, "county-units");

            // The handler chooses a password at the first login, registers an application and answers it
            Page handler = browsers.browser().newContext().newPage();
            login(handler, "zhouhandler", "Initial-password-01");
            assertThat(handler.locator("#password")).isVisible();
            handler.fill("#password", "Chosen-by-zhou-2026");
            handler.fill("#confirmation", "Chosen-by-zhou-2026");
            handler.click("main button[type=submit]");
            String answered = register(handler, "申请公开示范县2026年保障性住房分配名单");
            CaseSteps.open(handler, "reply");
            handler.selectOption("#draft-outcome", "unable_not_held");
            handler.click("#do-draft");
            handler.click("#do-reply");
            handler.click("#do-confirm-reply");
            assertThat(handler.locator("#case-status")).hasText("已答复");
            String letter = handler.locator("#files a:has-text('在线查看')").last().getAttribute("href");
            String open = register(handler, "申请公开示范县2026年老旧小区改造计划");
            assertThat(handler.locator("#case-status")).hasText("办理中");

            // Three days later the department is renamed; the letter keeps the name of its day
            clock.back(Duration.ZERO);
            admin.navigate(url("/console/units"));
            admin.click("#unit-actions-" + HOUSING + " summary");
            admin.fill("#unit-" + HOUSING + "-name", NEW_NAME);
            admin.click("form[action='/console/units/" + HOUSING + "'] button:has-text('更名')");
            assertThat(admin.locator("main")).containsText(OLD_NAME + "（至 ");
            Page letterPage = handler.context().newPage();
            letterPage.navigate(url(letter));
            assertThat(letterPage.locator("body")).containsText(OLD_NAME);
            assertThat(letterPage.locator("body")).not().containsText(NEW_NAME);

            // The handler leaves: the open case goes to the colleague of another unit in one step
            Page colleague = browsers.browser().newContext().newPage();
            login(colleague, "chenhandler", "Initial-password-01");
            colleague.fill("#password", "Chosen-by-chen-2026");
            colleague.fill("#confirmation", "Chosen-by-chen-2026");
            colleague.click("main button[type=submit]");
            colleague.navigate(url("/console/requests"));
            assertThat(colleague.locator("main")).not().containsText(open);
            admin.navigate(url("/console/units"));
            admin.click("#staff-actions-zhouhandler summary");
            admin.selectOption("#handover-zhouhandler-to", "chenhandler");
            admin.fill("#handover-zhouhandler-reason", "工作调动");
            admin.click("form[action='/console/staff/zhouhandler/handover'] button[type=submit]");
            assertThat(admin.locator("main")).containsText("已保存");
            screenshots(admin, "county-units-after-handover");
            colleague.navigate(url("/console/requests"));
            assertThat(colleague.locator("main")).containsText(open);
            assertThat(colleague.locator("main")).containsText(answered);
            Page gone = browsers.browser().newContext().newPage();
            gone.navigate(url("/login"));
            gone.fill("#username", "zhouhandler");
            gone.fill("#password", "Chosen-by-zhou-2026");
            gone.click("button[type=submit]");
            assertThat(gone.locator("main")).not().containsText("工作台");
            assertThat(gone).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        }
    }

    private void login(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(u -> u.contains("/console"));
    }

    private void createUnit(Page admin, String code, String name, String kind) {
        admin.fill("#create-code", code);
        admin.fill("#create-name", name);
        admin.selectOption("#create-parentCode", GOV);
        admin.selectOption("#create-kind", kind);
        admin.click("form[action='/console/units'] button[type=submit]");
        assertThat(admin.locator("main")).containsText("已保存");
        assertThat(admin.locator("main table").first()).containsText(name);
    }

    private void createAccount(Page admin, String username, String name, String role, String unit) {
        admin.fill("#staff-username", username);
        admin.fill("#staff-name", name);
        admin.fill("#staff-password", "Initial-password-01");
        admin.selectOption("#staff-role", role);
        admin.selectOption("#staff-unitCode", unit);
        admin.click("form[action='/console/staff'] button[type=submit]");
        assertThat(admin.locator("main")).containsText("已保存");
    }

    private String register(Page handler, String description) {
        handler.navigate(url("/console/requests/new"));
        handler.selectOption("#channel", "in_person");
        handler.fill("#name", "赵六");
        handler.fill("#idNumber", "11010519491231002X");
        handler.fill("#phone", "13700001111");
        handler.fill("#address", "示范县城关镇1号");
        handler.fill("#description", description);
        handler.selectOption("#delivery", "pickup");
        handler.click("main button[type=submit]");
        assertThat(handler.locator("#case-status")).hasText("办理中");
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")
                .matcher(handler.locator("h1").innerText());
        assertThat(code.find()).as(handler.locator("h1").innerText()).isTrue();
        return code.group();
    }

    private static void screenshots(Page page, String name) {
        for (int width : new int[] {1366, 390}) {
            page.setViewportSize(width, 900);
            page.screenshot(
                    new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-" + width + ".png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + width + "-top.png")));
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as(name + " at " + width + " px")
                    .isLessThanOrEqualTo(0);
        }
        page.setViewportSize(1366, 900);
    }

    private static byte[] thirtyUnits() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("单位");
            String[] header = {"单位代码", "单位名称", "上级单位代码", "类别"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= 30; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("3303992" + String.format("%02d", i));
                row.createCell(1).setCellValue("示范县第" + i + "号单位");
                row.createCell(2).setCellValue(GOV);
                row.createCell(3).setCellValue(i > 25 ? "乡镇" : "部门");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
