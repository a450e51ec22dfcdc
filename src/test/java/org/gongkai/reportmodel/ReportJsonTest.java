package org.gongkai.reportmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    @Test
    void givenAReport_whenWritten_thenKeysFollowTheContractOrder() {
        AnnualReport r =
                ReportChecksTest.consistent("示例县人民政府", 2020).source("a.txt").published(LocalDate.of(2021, 1, 29));
        r.proactive().set("procurement", "amount_10k_yuan", new BigDecimal("4758.5075"));
        r.proactive().set("licensing", "change", -313);
        r.inferred().add("requests.granted.total");
        r.findings().add(new Finding("row_sum", "requests.granted.*", "说明\"引号\""));
        String json = ReportJson.write(r);
        assertThat(json)
                .containsSubsequence(
                        "\"source\"",
                        "\"unit\"",
                        "\"year\": 2020",
                        "\"template\": \"2019\"",
                        "\"published\": \"2021-01-29\"",
                        "\"proactive\"",
                        "\"regulations\"",
                        "\"procurement\"",
                        "\"requests\"",
                        "\"new_received\"",
                        "\"carried_over\"",
                        "\"granted\"",
                        "\"other\"",
                        "\"total\"",
                        "\"carried_forward\"",
                        "\"reviews\"",
                        "\"inferred\"",
                        "\"findings\"");
        assertThat(json).contains("\"amount_10k_yuan\": 4758.5075", "\"change\": -313", "\\\"引号\\\"");
        assertThat(json)
                .containsSubsequence(
                        "\"natural_person\"",
                        "\"commercial\"",
                        "\"research\"",
                        "\"public_interest\"",
                        "\"legal_service\"",
                        "\"other_org\"",
                        "\"total\"");
    }

    @Test
    void givenWrittenJson_whenReadBack_thenTheSameReport() {
        AnnualReport r = ReportChecksTest.consistent("示例县人民政府", 2023).source("b.docx");
        r.proactive().set("fees", "amount_10k_yuan", new BigDecimal("1.25"));
        r.findings().add(new Finding("balance", "requests.*.total", "x"));
        AnnualReport back = ReportJson.read(ReportJson.write(r));
        assertThat(back.unit()).isEqualTo("示例县人民政府");
        assertThat(back.template()).isEqualTo(Template.T2021);
        assertThat(back.requests()).isEqualTo(r.requests());
        assertThat(back.proactive()).isEqualTo(r.proactive());
        assertThat(back.reviews()).isEqualTo(r.reviews());
        assertThat(back.findings()).containsExactlyElementsOf(r.findings());
        assertThat(ReportJson.readAll(ReportJson.writeAll(java.util.List.of(r, r))))
                .hasSize(2);
    }

    @Test
    void givenNullTables_thenNullInJson() {
        AnnualReport r = new AnnualReport().unit("某").year(2019);
        String json = ReportJson.write(r);
        assertThat(json)
                .contains("\"proactive\": null", "\"requests\": null", "\"reviews\": null", "\"template\": null");
        assertThat(ReportJson.read(json).requests()).isNull();
    }

    @Test
    void labelsCoverEveryRowOfBothFormats() {
        for (Template t : Template.values()) {
            for (String row : Layouts.requests(t).rowKeys()) {
                assertThat(Labels.requestRowNumbered(row)).isNotBlank();
            }
            for (String row : Layouts.proactive(t).rowKeys()) {
                assertThat(Labels.proactiveRow(t, row)).isNotBlank();
                assertThat(Labels.proactiveSection(row)).startsWith("第二十条");
                Layouts.proactive(t)
                        .columns(row)
                        .forEach(c -> assertThat(Labels.proactiveColumn(t, c)).isNotBlank());
            }
        }
        assertThat(Labels.requestRowNumbered("withheld_third_party")).isEqualTo("4.保护第三方合法权益");
        assertThat(Labels.requestGroup("other_unpaid_fee")).isEqualTo("（六）其他处理");
    }
}
