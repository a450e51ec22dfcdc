package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.org.Unit;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark of docs/benchmarks.md (opt-in: {@code -Dgongkai.bench=true}): a government of 75 units with 200,000
 * published catalogue items and 100,000 applications, inspected once from scratch and once more the next run
 * (nothing new), each under 10 s.
 */
@GongkaiTest
@EnabledIfSystemProperty(named = "gongkai.bench", matches = "true")
class SelfInspectionBenchTest {

    static final String GOVERNMENT = "880088";

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfInspection inspection;

    @Test
    void seventyFiveUnitsWithTwoHundredThousandItemsAndAHundredThousandApplicationsInUnderTenSeconds() {
        units.save(new Unit(GOVERNMENT, "基准县人民政府", UnitKind.GOVERNMENT, null, 0));
        for (int i = 1; i <= 75; i++) {
            units.save(new Unit(
                    GOVERNMENT + String.format("%03d", i), "基准县第" + i + "局", UnitKind.DEPARTMENT, GOVERNMENT, i));
        }
        jdbc.sql("""
                insert into catalog_item (unit_code, title, doc_type, written_on, published_on, article20_item,
                    catalog_column, disclosure_mode, status, author, body, index_number)
                select :gov || lpad((1 + g % 75)::text, 3, '0'), '基准信息' || g,
                    case when g % 50 = 0 then 'NORMATIVE' else (array['NOTICE','PLAN','STATISTICS'])[1 + g % 3] end,
                    date '2024-01-02' + (g % 600), date '2024-01-02' + (g % 600) + (case when g % 101 = 0 then 45 else g % 7 end), 15,
                    (array['通知公告','工作动态','政策文件','规划计划','统计信息'])[1 + g % 5], 'PROACTIVE', 'PUBLISHED',
                    'bench', case when g % 997 = 0 then '联系电话 13800001111，详见附件'
                        when g % 211 = 0 then '详见 /portal/catalog/items/' || :gov || lpad((1 + (g + 1) % 75)::text, 3, '0')
                            || '/2024-' || lpad((g + 1)::text, 6, '0') || ' 和 /portal/catalog/items/'
                            || :gov || '001/2099-' || lpad(g::text, 6, '0') || '。'
                        else '正文内容' || g end,
                    :gov || lpad((1 + g % 75)::text, 3, '0') || '/2024-' || lpad(g::text, 6, '0')
                from generate_series(1, 200000) g""").param("gov", GOVERNMENT).update();
        // every 100th item has an attachment, every tenth of those lost its stored file
        jdbc.sql("""
                insert into catalog_attachment (item_id, filename, media_type, size_bytes, content, uploaded_by)
                select id, '附件.pdf', 'application/pdf', 4,
                    case when id % 1000 = 0 then ''::bytea else '\\x25504446'::bytea end, 'bench'
                from catalog_item where unit_code like :gov || '%' and id % 100 = 0""").param("gov", GOVERNMENT).update();
        jdbc.sql("""
                insert into disclosure_request (tracking_code, secret_hash, unit_code, channel, applicant_type,
                    applicant_name, applicant_key, description, delivery, submitted_at, status, receipt_date,
                    due_date, reply_date, outcome)
                select 'B' || lpad(g::text, 9, '0'), 'x', :gov || lpad((1 + g % 75)::text, 3, '0'), 'online',
                    'natural_person', '申请人', 'k' || g, '申请内容', 'email',
                    timestamptz '2025-01-02 10:00+08' + make_interval(days => g % 690),
                    case when g % 50 = 0 then 'REGISTERED' when g % 97 = 0 then 'AWAITING_CONFIRMATION' else 'REPLIED' end,
                    date '2025-01-02' + (g % 690), date '2025-01-30' + (g % 690),
                    case when g % 50 = 0 or g % 97 = 0 then null else date '2025-01-20' + (g % 690) end,
                    case when g % 50 = 0 or g % 97 = 0 then null else 'granted' end
                from generate_series(1, 100000) g""").param("gov", GOVERNMENT).update();
        jdbc.sql("analyze").update();
        long first = System.nanoTime();
        SelfInspection.Outcome o = inspection.run("bench", GOVERNMENT);
        long firstMs = (System.nanoTime() - first) / 1_000_000;
        long again = System.nanoTime();
        SelfInspection.Outcome o2 = inspection.run("bench", GOVERNMENT);
        long againMs = (System.nanoTime() - again) / 1_000_000;
        System.out.printf(
                "self-inspection bench: 75 units, 200000 items, 100000 applications: first run %d ms (%d findings,"
                        + " %d new), next run %d ms (%d new, %d resolved)%n",
                firstMs, o.detected(), o.opened(), againMs, o2.opened(), o2.resolved());
        assertThat(o.detected()).isPositive();
        assertThat(firstMs).isLessThan(10_000);
        assertThat(againMs).isLessThan(10_000);
    }
}
