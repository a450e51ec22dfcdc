package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.org.Role;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitRepository;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The one who submits a report does not approve it; a republished report says on the portal that it was corrected. */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOffSeparationAndCorrectionTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AnnualReports reports;

    @Autowired
    PublicReports publicReports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRepository unitRepository;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    WebApplicationContext context;

    ReportFixture fx;
    String water;

    @BeforeAll
    void givenAGovernmentWithOneUnit() {
        fx = new ReportFixture(jdbc, unitRepository, auditLog, "930007");
        water = fx.unit("001", "测试水利局");
        fx.many(3, water, "natural_person", "2023-04-01", "2023-04-12", "granted");
    }

    private int version(String unit, int year) {
        return reports.view(fx.reviewer(), unit, year).record().version();
    }

    private void writeAndSubmit(StaffMember staff, String unit, int year) {
        ReportView v = reports.view(staff, unit, year);
        reports.saveTexts(staff, unit, year, v.record().version(), v.overview(), v.problems(), v.otherMatters());
        reports.submit(staff, unit, year, version(unit, year));
    }

    @Test
    void theReviewerWhoSubmittedAUnitsReportCannotApproveItAndTheRefusalIsAudited() throws Exception {
        // Given a unit's report submitted by a reviewer of the disclosure office (with a console account)
        StaffMember submitter = accounts.create("sod-wang", "a-long-passphrase-1", "审核", Role.REVIEWER, fx.government);
        writeAndSubmit(submitter, water, 2022);
        // Then approval is not among the steps the submitter may take, but it is for another reviewer
        assertThat(reports.view(submitter, water, 2022).steps())
                .contains(SignOffStep.RETURN)
                .doesNotContain(SignOffStep.APPROVE);
        assertThat(reports.view(fx.drafter(), water, 2022).steps()).contains(SignOffStep.APPROVE);
        // When the submitter tries to approve anyway, on the console
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        MvcResult r = mvc.perform(post("/console/annual-reports/" + water + "/2022/decision")
                        .with(user(userDetails.loadUserByUsername("sod-wang")))
                        .with(csrf())
                        .param("version", String.valueOf(version(water, 2022)))
                        .param("action", "approve"))
                .andReturn();
        // Then it is refused with the reason (409), nothing changed, and the refusal is in the audit log
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("审核与提交分离");
        assertThat(reports.view(fx.reviewer(), water, 2022).record().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(audit.forEntity("annual_report", water + "/2022"))
                .extracting(AuditEntry::actor, AuditEntry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("sod-wang", "denied.annual-report.approve"));
        // And another reviewer approves it
        reports.approve(fx.drafter(), water, 2022, version(water, 2022));
        assertThat(reports.view(fx.reviewer(), water, 2022).record().status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void theGovernmentsReportIsApprovedBySomeoneElseThanItsSubmitter() {
        writeAndSubmit(fx.handler(water), water, 2021);
        reports.approve(fx.reviewer(), water, 2021, version(water, 2021));
        writeAndSubmit(fx.drafter(), fx.government, 2021);
        assertThatThrownBy(() -> reports.approve(fx.drafter(), fx.government, 2021, version(fx.government, 2021)))
                .isInstanceOf(ConflictException.class);
        reports.approve(fx.reviewer(), fx.government, 2021, version(fx.government, 2021));
        assertThat(reports.view(fx.reviewer(), fx.government, 2021).history())
                .extracting(SignOffEvent::step, SignOffEvent::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SignOffStep.SUBMIT, "drafter"),
                        org.assertj.core.groups.Tuple.tuple(SignOffStep.APPROVE, "reviewer"));
    }

    @Test
    void aReportPublishedAgainAfterReopeningIsShownAsACorrectionAndKeepsItsDate() {
        // Given a unit's report published on 20 January
        writeAndSubmit(fx.handler(water), water, 2023);
        reports.approve(fx.reviewer(), water, 2023, version(water, 2023));
        LocalDate first = LocalDate.of(2024, 1, 20);
        reports.publish(fx.reviewer(), water, 2023, version(water, 2023), first);
        assertThat(publicReports.published(water, 2023).orElseThrow().corrections())
                .isEmpty();
        // When it is reopened with a reason, submitted, approved and published again on 2 March
        reports.reopen(fx.reviewer(), water, 2023, version(water, 2023), "更正第三部分的申请人类型");
        writeAndSubmit(fx.handler(water), water, 2023);
        reports.approve(fx.reviewer(), water, 2023, version(water, 2023));
        reports.publish(fx.reviewer(), water, 2023, version(water, 2023), LocalDate.of(2024, 3, 2));
        // Then the portal's report keeps its first date and says when and why it was corrected
        PublicReports.Document d = publicReports.published(water, 2023).orElseThrow();
        assertThat(d.report().published()).isEqualTo(first);
        assertThat(d.corrections())
                .containsExactly(new PublicReports.Correction(LocalDate.of(2024, 3, 2), "更正第三部分的申请人类型"));
        assertThat(reports.view(fx.reviewer(), water, 2023).history())
                .filteredOn(SignOffEvent::correction)
                .singleElement()
                .satisfies(e -> assertThat(e.step()).isEqualTo(SignOffStep.PUBLISH));
        assertThat(audit.forEntity("annual_report", water + "/2023"))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("correction 2024-03-02"));
    }
}
