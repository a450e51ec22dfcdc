package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javax.sql.DataSource;
import org.gongkai.org.UnitRepository;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.nodes.NodeSignals;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A past year's computed report is kept, and dropped when a change commits: an audited change on this node, or a
 * change another node signals.
 */
@GongkaiTest
class ComputedFiguresTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AnnualReportCalculator calculator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRepository unitRepository;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    private long received(String unit) {
        return calculator.compute(unit, 2024).report().requests().count("new_received", "total");
    }

    @Test
    void aKeptReportFollowsAnAuditedChange() {
        ReportFixture fx = new ReportFixture(jdbc, unitRepository, auditLog, "930011");
        String unit = fx.unit("001", "测试甲局");
        fx.application(unit, "natural_person", "2024-03-01", "2024-03-20", "granted");
        AnnualReportCalculator.Computation first = calculator.compute(unit, 2024);

        assertThat(calculator.compute(unit, 2024)).as("kept").isSameAs(first);
        fx.application(unit, "natural_person", "2024-04-01", "2024-04-20", "granted");
        assertThat(received(unit)).isEqualTo(2);
    }

    @Test
    void aKeptReportFollowsAChangeAnotherNodeSignals() throws InterruptedException {
        ReportFixture fx = new ReportFixture(jdbc, unitRepository, auditLog, "930012");
        String unit = fx.unit("001", "测试乙局");
        fx.application(unit, "natural_person", "2024-03-01", "2024-03-20", "granted");
        assertThat(received(unit)).isEqualTo(1);

        // another node's change: the row is in the database, this node heard nothing yet and keeps its figure
        jdbc.sql("""
                insert into disclosure_request (tracking_code, secret_hash, unit_code, channel, applicant_type,
                    applicant_name, applicant_key, description, delivery, submitted_at, status, receipt_date,
                    reply_date, outcome)
                values ('T0120000001', 'x', ?, 'online', 'natural_person', '测试申请人', 'key-other-node', '测试申请',
                    'email', now(), 'REPLIED', date '2024-05-01', date '2024-05-10', 'granted')""").param(unit).update();
        assertThat(received(unit)).isEqualTo(1);

        NodeSignals otherNode = new NodeSignals(dataSource, clock);
        otherNode.send(ComputedFigures.CHANNEL, "changed");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (received(unit) != 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(received(unit)).isEqualTo(2);
    }

    @Test
    void theCurrentYearIsNeverKept() {
        ReportFixture fx = new ReportFixture(jdbc, unitRepository, auditLog, "930013");
        String unit = fx.unit("001", "测试丙局");
        int year = java.time.LocalDate.now(clock).getYear();
        assertThat(calculator.compute(unit, year)).isNotSameAs(calculator.compute(unit, year));
    }
}
