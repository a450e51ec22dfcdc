package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.PlainChinese;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Archiving cannot be undone, so the console first shows what will be archived (the outcome, every letter, every
 * file, whether each reached the applicant) and archives only on confirmation.
 */
@GongkaiTest
class ArchiveConfirmationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    ReplyLetters letters;

    @Autowired
    RequestQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private long archived(long id) {
        return jdbc.sql("select count(*) from audit_log where action = 'request.archive' and entity_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single();
    }

    @Test
    void theFirstPostShowsWhatWillBeArchivedAndOnlyTheConfirmationArchives() throws Exception {
        // Given a replied case with its acknowledgement and reply letters
        Submitted s = handedIn(intake, LocalDate.now(clock));
        Letter reply = letters.reply(ZHUJIAN, s.id(), Outcome.GRANTED, Article.A36_2, "予以公开。", List.of());
        String casePath = "/console/requests/" + s.id();
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        // When the handler presses 归档
        HttpResponse<String> preview = handler.post(casePath, casePath + "/archive", Map.of());
        // Then the preview lists the outcome and the letters, and nothing is archived yet
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("id=\"archive-preview\"")
                .contains("归档后不可撤销")
                .contains(reply.letterNo())
                .contains("予以公开")
                .contains("已向申请人提供")
                .contains("name=\"confirmed\" value=\"true\"");
        assertThat(PlainChinese.PLATFORM.rawTokens(PlainChinese.textOf(preview.body())))
                .isEmpty();
        assertThat(queries.view(ZHUJIAN, s.id()).request().status()).isEqualTo(Status.REPLIED);
        assertThat(archived(s.id())).isZero();
        // And the confirmation archives, once
        HttpResponse<String> done = handler.post(casePath, casePath + "/archive", Map.of("confirmed", "true"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(queries.view(ZHUJIAN, s.id()).request().status()).isEqualTo(Status.ARCHIVED);
        assertThat(archived(s.id())).isEqualTo(1);
    }

    @Test
    void aCaseThatCannotBeArchivedGetsTheReasonInsteadOfThePreview() throws Exception {
        Submitted s = handedIn(intake, LocalDate.now(clock));
        String casePath = "/console/requests/" + s.id();
        HttpResponse<String> r = new ConsoleSession(port, "zhujian").post(casePath, casePath + "/archive", Map.of());
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).doesNotContain("id=\"archive-preview\"").contains("归档");
        assertThat(queries.view(ZHUJIAN, s.id()).request().status()).isEqualTo(Status.REGISTERED);
    }
}
