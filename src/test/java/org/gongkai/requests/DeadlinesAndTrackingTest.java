package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The deadlines view (overdue and due within 3 working days, per scope) and the applicant's tracking view. */
@GongkaiTest
class DeadlinesAndTrackingTest {

    /** 县统计局: no demo applications. */
    static final String STATS = "001008099024";

    static final StaffMember STATS_HANDLER = new StaffMember("tongji", "县统计局 经办", Role.HANDLER, STATS);

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestQueries queries;

    @Autowired
    ReplyLetters letters;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Clock clock;

    /** The latest receipt date whose 20th working day is on or before {@code last}. */
    private LocalDate receivedSoThatDueBy(LocalDate last) {
        LocalDate d = last.minusDays(60);
        while (!calendar.plusWorkingDays(d.plusDays(1), 20).isAfter(last)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Test
    void theDeadlinesViewListsOverdueAndSoonDueCasesOfTheUnitsInScope() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendar.plusWorkingDays(today, RequestQueries.DUE_SOON);
        // Given one case due within 3 working days, one overdue and one due later
        Submitted soon =
                intake.register(STATS_HANDLER, form(STATS, "in_person"), receivedSoThatDueBy(horizon), List.of());
        Submitted overdue = intake.register(STATS_HANDLER, form(STATS, "in_person"), today.minusDays(60), List.of());
        Submitted later = intake.register(STATS_HANDLER, form(STATS, "in_person"), today.minusDays(1), List.of());
        // When the reviewer looks
        RequestQueries.Deadlines d = queries.deadlines(REVIEWER);
        // Then
        assertThat(d.dueSoon())
                .extracting(RequestSummary::id)
                .contains(soon.id())
                .doesNotContain(later.id());
        assertThat(d.overdue()).extracting(RequestSummary::id).contains(overdue.id());
        assertThat(d.dueSoon()).allSatisfy(r -> assertThat(r.dueDate()).isBetween(today, horizon));
        // And the unit's own handler sees them, another unit's handler does not
        assertThat(queries.deadlines(STATS_HANDLER).overdue())
                .extracting(RequestSummary::id)
                .contains(overdue.id());
        RequestQueries.Deadlines housing = queries.deadlines(ZHUJIAN);
        assertThat(housing.overdue()).allSatisfy(r -> assertThat(r.unitCode()).isEqualTo(ZHUJIAN_UNIT));
        assertThat(housing.dueSoon()).allSatisfy(r -> assertThat(r.unitCode()).isEqualTo(ZHUJIAN_UNIT));
        // And the page shows them to the reviewer
        assertThat(new Http(port).getAs("reviewer", "/console/deadlines").body())
                .contains(overdue.trackingCode())
                .contains(soon.trackingCode())
                .contains("县统计局");
    }

    @Test
    void theApplicantSeesOnlyTheirCaseAndWhatWasReleased() throws Exception {
        Submitted mine = intake.register(ZHUJIAN, form(ZHUJIAN_UNIT, "in_person"), LocalDate.now(clock), List.of());
        Submitted other = intake.register(ZHUJIAN, form(ZHUJIAN_UNIT, "in_person"), LocalDate.now(clock), List.of());
        Letter otherLetter = letters.reply(ZHUJIAN, other.id(), Outcome.GRANTED, Article.A36_2, "予以公开。", List.of());
        // A wrong secret, or another case's secret, gives nothing
        assertThat(queries.track(mine.trackingCode(), "WRONG-SECR-ET00")).isEmpty();
        assertThat(queries.track(mine.trackingCode(), other.secret())).isEmpty();
        // The right pair gives the case without anyone else's letter
        TrackView view =
                queries.track(mine.trackingCode().toLowerCase(), mine.secret()).orElseThrow();
        assertThat(view.status()).isEqualTo(Status.REGISTERED);
        assertThat(view.dueDate())
                .isEqualTo(queries.view(ZHUJIAN, mine.id()).request().dueDate());
        assertThat(view.letters()).extracting(Letter::kind).containsExactly("acknowledgement");
        assertThat(queries.track(other.trackingCode(), other.secret())
                        .orElseThrow()
                        .letters())
                .extracting(Letter::id)
                .contains(otherLetter.id())
                .doesNotContainAnyElementsOf(
                        view.letters().stream().map(Letter::id).toList());
        // And a letter cannot be downloaded without having tracked the case in the same session
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/track/letters/"
                                        + otherLetter.id() + ".html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("予以公开。");
    }
}
