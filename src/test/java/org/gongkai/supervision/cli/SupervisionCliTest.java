package org.gongkai.supervision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.GongkaiApplication;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.db.EmbeddedDatabase;
import org.gongkai.supervision.SelfInspection;
import org.gongkai.supervision.SelfInspectionRule;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./gongkai supervision inspect} and {@code ./gongkai supervision findings} against the tests' database (the
 * demo county), as the command line runs them against {@code GONGKAI_DB_URL}.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionCliTest {

    static final String CULTURE = "001008099018";

    @Autowired
    GongkaiProperties props;

    @Autowired
    SelfInspection inspection;

    EmbeddedDatabase.Endpoint db;
    Path dataDir = Path.of("target/test-cli-supervision").toAbsolutePath();

    record Run(int exit, String out, String err) {}

    @BeforeAll
    void database() {
        db = EmbeddedDatabase.start(props.dataDir(), EmbeddedDatabase.Options.production());
        // the command line's platform has the tests' public address, so links written for it are its own
        System.setProperty("gongkai.public-url", props.publicUrl());
    }

    @AfterAll
    void clear() {
        System.clearProperty("gongkai.public-url");
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--data-dir",
                dataDir.toString(),
                "--db-url",
                db.jdbcUrl(),
                "--db-user",
                db.user(),
                "--db-password",
                db.password()));
        int exit = GongkaiApplication.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void inspectRunsTheSelfInspectionAndCountsTheOpenFindingsOfEveryRule() {
        Run r = run("supervision", "inspect");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("自查完成").contains("发现 ");
        for (SelfInspectionRule rule : inspection.rules()) {
            assertThat(r.out().lines().filter(l -> l.startsWith(rule.code() + " ")))
                    .as(rule.code())
                    .singleElement()
                    .satisfies(line -> assertThat(
                                    Integer.parseInt(line.substring(26).trim().split("\\s+")[0]))
                            .isPositive());
        }
        assertThat(r.out()).contains("链接不可用或附件丢失").contains("年度报告未通过校验");
    }

    @Test
    void findingsOfOneUnitAsJsonHaveTheApisFieldsAndOnlyThatUnit() throws Exception {
        Run r = run("supervision", "findings", "--unit", CULTURE, "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode all = JsonMapper.builder().build().readTree(r.out());
        assertThat(all.size()).isPositive();
        for (JsonNode f : all) {
            assertThat(f.get("unitCode").asString()).isEqualTo(CULTURE);
            for (String field : List.of("id", "code", "severity", "detectedOn", "message", "evidence")) {
                assertThat(f.has(field)).as(field).isTrue();
            }
        }
        assertThat(all.valueStream().map(f -> f.get("code").asString()))
                .contains("broken-link", "annual-report-checks");
    }

    @Test
    void findingsAsTextNameUnitAndSeverityAndAnUnknownUnitIsRefused() {
        Run text = run("supervision", "findings", "--unit", CULTURE);
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("县文化和广电旅游体育局（" + CULTURE + "）").contains("个未整改的问题。");
        Run unknown = run("supervision", "findings", "--unit", "999");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("没有单位代码为 999 的单位");
    }
}
