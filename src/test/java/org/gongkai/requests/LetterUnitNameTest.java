package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitAdministration;
import org.gongkai.org.UnitAdministration.NewUnit;
import org.gongkai.org.UnitAdministration.UnitChange;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reply letter carries the name its unit had on the letter's date: a rename does not rewrite the past. */
@GongkaiTest
class LetterUnitNameTest {

    private static final StaffMember ADMIN = new StaffMember("admin", "管理员", Role.ADMIN, "001008099");
    private static final String UNIT = "H7LTR";
    private static final StaffMember HANDLER = new StaffMember("h7letters", "测试经办", Role.HANDLER, UNIT);

    @Autowired
    UnitAdministration units;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestRepository requests;

    @Autowired
    ReplyLetters letters;

    @Autowired
    Clock clock;

    private DisclosureRequest repliedOn(LocalDate received, LocalDate replied) {
        long id;
        try {
            id = intake.register(HANDLER, CaseFixture.form(UNIT, "in_person"), received, List.of())
                    .id();
        } catch (org.gongkai.platform.errors.InvalidInputException e) {
            throw new AssertionError(e.fields().stream()
                    .map(f -> f.field() + ":" + f.messageCode() + java.util.Arrays.toString(f.args()))
                    .toList()
                    .toString());
        }
        DisclosureRequest r = requests.find(id).orElseThrow();
        Instant at = replied.atTime(10, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
        r.reply(
                new Act(HANDLER.username(), HANDLER, at, replied, null),
                Outcome.GRANTED,
                Article.A36_2,
                ReviewPolicy.DEFAULT);
        return r;
    }

    @Test
    void givenARenamedUnit_whenALetterOfAnEarlierDateIsIssued_thenItCarriesTheFormerName() {
        units.create(ADMIN, new NewUnit(UNIT, "示例县测试水利局", "001008099", "DEPARTMENT"));
        LocalDate now = LocalDate.now(clock);
        Letter before = letters.issue(repliedOn(now.minusDays(60), now.minusDays(50)), "经审查，现予公开。", "h7letters");

        units.change(ADMIN, UNIT, new UnitChange("示例县测试水利和林业局", now, null, null));
        Letter late = letters.issue(repliedOn(now.minusDays(59), now.minusDays(49)), "经审查，现予公开。", "h7letters");
        Letter today = letters.issue(repliedOn(now.minusDays(58), now), "经审查，现予公开。", "h7letters");

        assertThat(before.xhtml()).contains("示例县测试水利局").doesNotContain("水利和林业局");
        assertThat(late.xhtml()).contains("示例县测试水利局").doesNotContain("水利和林业局");
        assertThat(today.xhtml()).contains("示例县测试水利和林业局");
    }
}
