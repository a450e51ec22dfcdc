package org.gongkai.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The office's voice records: kept by the office only, checked whole, audited, and shown on the portal. */
@GongkaiTest
class VoiceRecordsTest {

    static final String OFFICE = "001008099001";
    static final String ZHUJIAN_UNIT = "001008099013";

    /** The demo county's last full year, which its demo records are written for. */
    static final int LAST = java.time.LocalDate.now(China.ZONE).getYear() - 1;

    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, OFFICE);
    static final StaffMember ZHUJIAN = new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, ZHUJIAN_UNIT);

    @LocalServerPort
    int port;

    @Autowired
    Registries registries;

    @Autowired
    Responses responses;

    @Autowired
    FiguresImport figures;

    @Autowired
    JdbcClient jdbc;

    private String portal(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Nested
    class FiguresFromOtherSystems {

        @Test
        void aBadCellRejectsTheWholeFileNamingRowAndColumn() {
            List<ServiceFigures> before = figures.figures(null);
            String csv = "单位代码,年度,热线来电量,热线满意率,网上可办事项,网上办件量\n"
                    + OFFICE + ",2023,100,99.5,10,200\n"
                    + ZHUJIAN_UNIT + ",2023,120,一百,10,200\n"
                    + "999999,2023,1,50,1,1\n";
            assertThatThrownBy(() -> figures.importFile(REVIEWER, "bad.csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(FieldProblem::field)
                                    .containsExactly("第3行D列", "第4行A列"));
            assertThat(figures.figures(null)).isEqualTo(before);
        }

        @Test
        void theConsoleShowsTheCellAndStoresNothing() throws Exception {
            ConsoleSession office = new ConsoleSession(port, "reviewer");
            String csv = "单位代码,年度,热线来电量,热线满意率,网上可办事项,网上办件量\n"
                    + OFFICE + ",2022,100,99.5,10,200\n"
                    + OFFICE + ",2021,-5,99.5,10,200\n";
            HttpResponse<String> r = office.upload(
                    "/console/voice/figures",
                    "/console/voice/figures",
                    "file",
                    Map.of("hotline.csv", csv.getBytes(StandardCharsets.UTF_8)),
                    Map.of());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("第3行C列");
            assertThat(figures.figures(2022)).isEmpty();
        }

        @Test
        void aGoodFileReplacesTheUnitYearsItHolds() {
            String csv = "unitCode,year,hotlineCalls,hotlineSatisfaction,itemsOnline,handledOnline\n"
                    + "001008099101,2020,300,97.5%,20,400\n";
            assertThat(figures.importFile(REVIEWER, "a.csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(1);
            String again = csv.replace("300,97.5%", "310,98");
            figures.importFile(REVIEWER, "b.csv", again.getBytes(StandardCharsets.UTF_8));
            assertThat(figures.figures(2020)).singleElement().satisfies(f -> {
                assertThat(f.hotlineCalls()).isEqualTo(310);
                assertThat(f.hotlineSatisfaction()).isEqualByComparingTo("98");
            });
        }

        @Test
        void onlyTheOfficeImports() {
            assertThatThrownBy(() -> figures.importFile(ZHUJIAN, "a.csv", "x".getBytes()))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Nested
    class Registries_ {

        @Test
        void badInputIsNamedFieldByFieldAndNothingIsStored() {
            int before = registries.readingPoints().size();
            assertThatThrownBy(() -> registries.addReadingPoint(
                            REVIEWER,
                            Map.of(
                                    "unitCode", "nope",
                                    "name", "x".repeat(201),
                                    "address", "",
                                    "hours", "9:00",
                                    "phone", "1",
                                    "materials", "文件")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(FieldProblem::field)
                                    .containsExactlyInAnyOrder("unitCode", "name", "address"));
            assertThat(registries.readingPoints()).hasSize(before);
        }

        @Test
        void aHandlerIsRefusedAndTheRefusalIsAudited() throws Exception {
            ConsoleSession handler = new ConsoleSession(port, "zhujian");
            HttpResponse<String> r = handler.post(
                    "/console/voice/reading-points",
                    "/console/voice/reading-points",
                    Map.of(
                            "unitCode",
                            ZHUJIAN_UNIT,
                            "name",
                            "越权查阅点",
                            "address",
                            "某地",
                            "hours",
                            "全天",
                            "phone",
                            "1",
                            "materials",
                            "无"));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(registries.readingPoints()).noneMatch(p -> p.name().equals("越权查阅点"));
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'denied.voice.reading-point'"
                                    + " and actor = 'zhujian'")
                            .query(Long.class)
                            .single())
                    .isPositive();
        }

        @Test
        void eachAccountKeepsItsOwnChecksNewestFirst() {
            long weibo = registries.addAccount(
                    REVIEWER, Map.of("unitCode", OFFICE, "platform", "微博", "name", "校审甲", "filedOn", "2021-01-01"));
            long wechat = registries.addAccount(
                    REVIEWER, Map.of("unitCode", OFFICE, "platform", "微信", "name", "校审乙", "filedOn", "2021-01-01"));
            registries.checkAccount(
                    REVIEWER, weibo, Map.of("checkedOn", "2024-03-01", "passed", "false", "note", "未更新"));
            registries.checkAccount(
                    REVIEWER, weibo, Map.of("checkedOn", "2024-06-01", "passed", "true", "note", "已整改"));
            registries.checkAccount(
                    REVIEWER, wechat, Map.of("checkedOn", "2024-05-01", "passed", "true", "note", "正常"));

            assertThat(registries.accounts())
                    .filteredOn(a -> a.id() == weibo)
                    .singleElement()
                    .satisfies(a -> assertThat(a.checks())
                            .extracting(MediaAccount.Check::note)
                            .containsExactly("已整改", "未更新"));
            assertThat(registries.accounts())
                    .filteredOn(a -> a.id() == wechat)
                    .singleElement()
                    .satisfies(a -> assertThat(a.checks())
                            .extracting(MediaAccount.Check::note)
                            .containsExactly("正常"));
        }

        @Test
        void anAccountIsClosedWithItsReasonAndTheListKeepsVersions() {
            long id = registries.addAccount(
                    REVIEWER, Map.of("unitCode", OFFICE, "platform", "微博", "name", "测试账号", "filedOn", "2020-01-01"));
            assertThatThrownBy(() -> registries.closeAccount(REVIEWER, id, Map.of("closedOn", "2019-12-31")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(FieldProblem::field)
                                    .containsExactlyInAnyOrder("closedOn", "closureReason"));
            registries.closeAccount(REVIEWER, id, Map.of("closedOn", "2024-01-01", "closureReason", "整合关停"));
            assertThat(registries.accounts())
                    .filteredOn(a -> a.id() == id)
                    .singleElement()
                    .satisfies(a -> {
                        assertThat(a.status()).isEqualTo(AccountStatus.CLOSED);
                        assertThat(a.closureReason()).isEqualTo("整合关停");
                    });
            PowerListVersion v1 = registries.addPowerList(
                    REVIEWER,
                    Map.of(
                            "unitCode",
                            "001008099102",
                            "effectiveOn",
                            "2024-01-01",
                            "itemCount",
                            "10",
                            "changes",
                            "首次"));
            PowerListVersion v2 = registries.addPowerList(
                    REVIEWER,
                    Map.of(
                            "unitCode",
                            "001008099102",
                            "effectiveOn",
                            "2025-01-01",
                            "itemCount",
                            "12",
                            "changes",
                            "新增2项"));
            assertThat(v2.version()).isEqualTo(v1.version() + 1);
            assertThat(registries.powerLists())
                    .filteredOn(p -> p.unitCode().equals("001008099102"))
                    .hasSize(2);
        }

        @Test
        void decisionStagesComeInOrder() {
            long id = responses.addDecision(
                    REVIEWER, Map.of("unitCode", OFFICE, "year", "2024", "title", "测试决策", "summary", "摘要"));
            responses.addStep(REVIEWER, id, Map.of("stage", "CONSULTATION", "on", "2024-05-01", "note", "征求意见"));
            assertThatThrownBy(() -> responses.addStep(
                            REVIEWER, id, Map.of("stage", "DECISION", "on", "2024-04-01", "note", "决策")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(FieldProblem::field)
                                    .containsExactly("on"));
            responses.addStep(REVIEWER, id, Map.of("stage", "DECISION", "on", "2024-06-01", "note", "决策"));
            assertThat(responses.decision(id).steps())
                    .extracting(MajorDecision.Step::stage)
                    .containsExactly(DecisionStage.CONSULTATION, DecisionStage.DECISION);
        }
    }

    @Nested
    class OnThePortal {

        @Test
        void theReadingPointsPageListsAddresses() throws Exception {
            String page = portal("/portal/reading-points");
            for (ReadingPoint p : registries.readingPoints()) {
                assertThat(page).contains(p.address());
            }
            assertThat(page).contains("示例县城关镇人民路1号县行政服务中心一楼");
            assertThat(portal("/sitemap.xml"))
                    .contains("/portal/reading-points</loc>")
                    .contains("/portal/decisions</loc>");
        }

        @Test
        void aPressConferenceHasItsTranscriptPageAndDecisionsShowTheirStages() throws Exception {
            PublicResponse conference = responses.responses(LAST).stream()
                    .filter(r -> r.kind() == ResponseKind.PRESS_CONFERENCE)
                    .findFirst()
                    .orElseThrow();
            String list = portal("/portal/responses?year=" + LAST);
            assertThat(list).contains(conference.title()).contains("/portal/responses/" + conference.id());
            assertThat(portal("/portal/responses/" + conference.id()))
                    .contains("文字实录")
                    .contains("补助资金何时到位");
            assertThat(portal("/portal/decisions?year=" + LAST))
                    .contains("示例县城区既有住宅加装电梯三年行动计划")
                    .contains("专家论证")
                    .contains("尚未进行");
            assertThat(portal("/portal/new-media")).contains("示例县发布").contains("整合至");
        }

        @Test
        void noPublicPageOfTheseRecordsShowsAnApplicantsPhoneOrIdNumber() throws Exception {
            List<String> personal = jdbc.sql("select phone from disclosure_request where phone is not null"
                            + " union select id_number from disclosure_request where id_number is not null")
                    .query(String.class)
                    .list();
            assertThat(personal).isNotEmpty();
            StringBuilder pages = new StringBuilder();
            for (String path :
                    List.of("/portal/reading-points", "/portal/new-media", "/portal/responses", "/portal/decisions")) {
                pages.append(portal(path));
            }
            for (PublicResponse r : responses.responses(null)) {
                pages.append(portal("/portal/responses/" + r.id()));
            }
            String all = pages.toString();
            for (String p : personal) {
                assertThat(all).doesNotContain(p);
            }
            assertThat(all).doesNotContain("reviewer").doesNotContain("王审核");
        }
    }
}
