package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;

/** Builders for workflow tests. */
final class RequestFixture {

    static final String UNIT = "001008099013";
    static final StaffMember HANDLER = new StaffMember("zhujian", "李经办", Role.HANDLER, UNIT);
    static final StaffMember OTHER_HANDLER = new StaffMember("chengguan", "张经办", Role.HANDLER, "001008099101");
    static final StaffMember REVIEWER = new StaffMember("reviewer", "王审核", Role.REVIEWER, "001008099001");

    private RequestFixture() {}

    static Act handlerOn(String date) {
        return act(HANDLER, date, null);
    }

    static Act act(StaffMember staff, String date, String reason) {
        return new Act(staff.username(), staff, Instant.parse(date + "T02:00:00Z"), LocalDate.parse(date), reason);
    }

    static DisclosureRequest.Intake intake(Channel channel) {
        return new DisclosureRequest.Intake(
                1L,
                "2024-AAAA-BBBB",
                TrackingCodes.hash("S"),
                UNIT,
                channel,
                new Applicant(
                        ApplicantType.NATURAL_PERSON,
                        "张三",
                        "resident_id",
                        "11010519491231002X",
                        null,
                        null,
                        "13800000000",
                        null,
                        "示例县城关镇1号"),
                "申请公开老旧小区改造资金使用情况",
                "email",
                Instant.parse("2024-09-27T01:00:00Z"));
    }

    /** An in-person application handed in on {@code date}. */
    static DisclosureRequest receivedOn(String date, ExplicitCalendar calendar) {
        return DisclosureRequest.submit(intake(Channel.IN_PERSON), handlerOn(date), calendar);
    }
}
