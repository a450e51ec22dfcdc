package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;

/** Staff and forms of the demo county for integration tests. */
final class CaseFixture {

    static final String ZHUJIAN_UNIT = "001008099013";
    static final StaffMember ZHUJIAN = new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, ZHUJIAN_UNIT);
    static final StaffMember CHENGGUAN = new StaffMember("chengguan", "城关镇 张经办", Role.HANDLER, "001008099101");
    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, "001008099001");
    static final StaffMember AUDITOR = new StaffMember("auditor", "县审计组 赵审阅", Role.AUDITOR, "001008099001");

    private CaseFixture() {}

    static IntakeForm form(String unitCode, String channel) {
        return new IntakeForm(
                unitCode,
                "natural_person",
                "王五",
                "resident_id",
                "11010519491231002X",
                null,
                null,
                "13912345678",
                "wangwu@example.com",
                "示例县城关镇2号",
                "申请公开某小区竣工验收备案材料",
                channel,
                "email");
    }

    /** A letter handed in today at the housing bureau, registered by its handler. */
    static Submitted handedIn(RequestIntake intake, LocalDate today) {
        return intake.register(ZHUJIAN, form(ZHUJIAN_UNIT, "in_person"), today, List.of());
    }
}
