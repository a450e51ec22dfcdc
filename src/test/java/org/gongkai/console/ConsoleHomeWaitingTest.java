package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The console home says what is waiting: per person, and per unit with a chart for the disclosure office. */
@GongkaiTest
class ConsoleHomeWaitingTest {

    private static final String TOWN = "001008099101";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static long shown(String body, String kind) {
        Matcher m = Pattern.compile("data-kind=\"" + kind + "\">(\\d+)<").matcher(body);
        assertThat(m.find()).as(kind).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long awaiting(String unit) {
        return jdbc.sql("select count(*) from disclosure_request where unit_code = ? and status = ?")
                .params(unit, "AWAITING_CONFIRMATION")
                .query(Long.class)
                .single();
    }

    @Test
    void givenAnOnlineApplication_whenTheHandlerOpensTheConsole_thenItIsCountedAsAwaitingConfirmation()
            throws Exception {
        ConsoleSession handler = new ConsoleSession(port, "chengguan");
        long before = shown(handler.get("/console").body(), "awaiting-confirmation");
        assertThat(before).isEqualTo(awaiting(TOWN));

        HttpResponse<String> r = new Http(port).postJson("/api/v1/requests", """
                        {"unitCode": "%s",
                         "applicant": {"type": "natural_person", "name": "张三", "idType": "resident_id",
                                       "idNumber": "11010519491231002X", "phone": "13800000000", "address": "示例县城关镇1号"},
                         "description": "申请公开城关镇道路维修资金", "channel": "online", "delivery": "email",
                         "email": "zhangsan@example.com"}""".formatted(TOWN));
        assertThat(r.statusCode()).isEqualTo(201);

        String body = handler.get("/console").body();
        assertThat(shown(body, "awaiting-confirmation")).isEqualTo(before + 1);
        assertThat(body).contains("3 个工作日内到期", "已超期", "被退回的年度报告").doesNotContain("<svg");
    }

    @Test
    void givenTheDisclosureOffice_whenOpeningTheConsole_thenEveryUnitsWaitingWorkIsChartedPerUnit() throws Exception {
        String body = new ConsoleSession(port, "reviewer").get("/console").body();

        long total =
                jdbc.sql("""
                        with recursive tree(code) as (select code from unit where code = '001008099'
                            union select u.code from unit u join tree t on u.parent_code = t.code)
                        select count(*) from disclosure_request where status = ? and unit_code in (select code from tree)""").param("AWAITING_CONFIRMATION").query(Long.class).single();
        assertThat(shown(body, "awaiting-confirmation")).isEqualTo(total);
        assertThat(body).contains("<svg", "各单位待办（政务公开办）", "城关镇", "待我审核的年度报告");
    }
}
