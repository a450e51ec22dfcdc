package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of staff who may not open a page, or asks for one that does not exist, stays in the console: its
 * header and navigation, a heading and a sentence saying what happened, and links back to the list and the
 * console's home page (not the citizens' portal).
 */
@GongkaiTest
class ConsoleErrorPagesTest {

    private static final Pattern CASE = Pattern.compile("href=\"/console/requests/(\\d+)\"");

    @LocalServerPort
    int port;

    @Test
    void aCaseOfAnotherUnitIsRefusedInsideTheConsoleWithAWayBack() throws Exception {
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        Matcher m = CASE.matcher(reviewer.get("/console/requests").body());
        HttpResponse<String> refused = null;
        while (m.find() && refused == null) {
            HttpResponse<String> r = handler.get("/console/requests/" + m.group(1));
            if (r.statusCode() == 403) {
                refused = r;
            }
        }
        assertThat(refused)
                .as("a case of another unit than the housing bureau's")
                .isNotNull();
        assertInsideTheConsole(refused.body(), "无权访问", "/console/requests");
        assertThat(refused.body()).contains("您无权查看或处理该单位的事项");
    }

    @Test
    void aMissingCaseAndAMissingPageAreNotFoundInsideTheConsole() throws Exception {
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        HttpResponse<String> missingCase = handler.get("/console/requests/987654321");
        assertThat(missingCase.statusCode()).isEqualTo(404);
        assertInsideTheConsole(missingCase.body(), "未找到", "/console/requests");

        HttpResponse<String> missingPage = handler.get("/console/supervision/no-such-page");
        assertThat(missingPage.statusCode()).isEqualTo(404);
        assertInsideTheConsole(missingPage.body(), "未找到", "/console/supervision");
        assertThat(missingPage.body()).contains("没有找到这一页或这项记录");
    }

    @Test
    void thePortalKeepsItsOwnErrorPage() throws Exception {
        HttpResponse<String> r = new ConsoleSession(port, "zhujian").get("/portal/no-such-page");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("site-header portal", "返回首页").doesNotContain("site-header console");
    }

    private static void assertInsideTheConsole(String body, String heading, String list) {
        assertThat(body)
                .contains("site-header console", "<h1>" + heading + "</h1>")
                .contains("id=\"error-back\" href=\"" + list + "\"", "href=\"/console\">返回工作台首页</a>")
                .doesNotContain("site-header portal");
    }
}
