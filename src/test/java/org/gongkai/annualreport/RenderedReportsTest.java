package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published report is frozen: each form is rendered once and then served from the stored bytes until it is
 * published again. Live drafts are rendered a few at a time; beyond that the caller is told to come back.
 */
@GongkaiTest
class RenderedReportsTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicReports reports;

    @Autowired
    ReportRepository repo;

    @Autowired
    RenderingSlots slots;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long currentSnapshot(String unit, int year) {
        return jdbc.sql("select id from annual_report_snapshot where unit_code = ? and year = ? and kind = 'PUBLISHED'"
                        + " and current")
                .params(unit, year)
                .query(Long.class)
                .single();
    }

    @Test
    void aPublishedReportsPdfIsRenderedOnceAndServedFromTheStoredBytesUntilRepublished() throws Exception {
        // Given a published report (the demo publishes some)
        PublicReports.Listed listed = reports.listPublished().get(0);
        String unit = listed.unit().code();
        int year = listed.year();
        String path = "/api/v1/annual-reports/" + unit + "/" + year + "?format=pdf";

        // When its PDF is asked for, it is rendered and kept for its snapshot
        HttpResponse<byte[]> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(new String(first.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        long snapshot = currentSnapshot(unit, year);
        byte[] kept = jdbc.sql("select bytes from rendered_report where snapshot_id = ? and format = 'pdf'")
                .param(snapshot)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        assertThat(kept).isEqualTo(first.body());

        // Then later requests get the stored bytes, not a new rendering (a marker put into the store comes back)
        byte[] marker = "%PDF-stored-bytes".getBytes(StandardCharsets.ISO_8859_1);
        jdbc.sql("update rendered_report set bytes = ? where snapshot_id = ? and format = 'pdf'")
                .params(marker, snapshot)
                .update();
        long started = System.nanoTime();
        HttpResponse<byte[]> second = get(path);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(second.body()).isEqualTo(marker);
        assertThat(millis).as("served from the store").isLessThan(1000);

        // And a new publication is rendered afresh, and the old publication's forms are dropped
        ReportRepository.Snapshot s = repo.currentSnapshot(unit, year, ReportRepository.SnapshotKind.PUBLISHED)
                .orElseThrow();
        repo.storeSnapshot(unit, year, ReportRepository.SnapshotKind.PUBLISHED, s.json(), s.html(), "test");
        HttpResponse<byte[]> republished = get(path);
        assertThat(republished.body()).isNotEqualTo(marker);
        assertThat(new String(republished.body(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(jdbc.sql("select count(*) from rendered_report where snapshot_id = ?")
                        .param(snapshot)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void whenEveryRenderingSlotIsTakenALiveDraftIsRefusedQuicklyWith503() throws Exception {
        // Given a unit-year that is not published (rendered live from the data)
        PublicReports.Listed any = reports.listPublished().get(0);
        String unit = any.unit().code();
        int year = Year.now(org.gongkai.platform.China.ZONE).getValue();
        assertThat(reports.published(unit, year)).isEmpty();
        String path = "/api/v1/annual-reports/" + unit + "/" + year + "?format=pdf";

        // When both rendering slots are busy
        HttpResponse<byte[]> busy;
        long millis;
        try (RenderingSlots.Slot a = slots.acquire();
                RenderingSlots.Slot b = slots.acquire()) {
            long started = System.nanoTime();
            busy = get(path);
            millis = (System.nanoTime() - started) / 1_000_000;
        }

        // Then the draft is refused at once, as a problem with Retry-After, and rendered once a slot is free
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(busy.headers().firstValue("Retry-After")).isPresent();
        assertThat(new String(busy.body(), StandardCharsets.UTF_8))
                .contains("请")
                .contains("后再试");
        assertThat(millis).isLessThan(5000);
        assertThat(get(path).statusCode()).isEqualTo(200);
    }
}
