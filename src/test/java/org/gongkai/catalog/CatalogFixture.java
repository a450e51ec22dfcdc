package org.gongkai.catalog;

import java.time.LocalDate;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;

/** Staff and item contents for catalogue tests (the demo county's units and logins). */
final class CatalogFixture {

    static final String ZHUJIAN_UNIT = "001008099013";
    static final String CHENGGUAN_UNIT = "001008099101";
    static final StaffMember ZHUJIAN = new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, ZHUJIAN_UNIT);
    static final StaffMember CHENGGUAN = new StaffMember("chengguan", "城关镇 张经办", Role.HANDLER, CHENGGUAN_UNIT);
    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, "001008099001");
    static final StaffMember AUDITOR = new StaffMember("auditor", "县审计组 赵审阅", Role.AUDITOR, "001008099001");

    private CatalogFixture() {}

    static ItemContent normative(String unit, String title, LocalDate written) {
        return new ItemContent(
                unit,
                title,
                "示建〔" + written.getYear() + "〕9号",
                DocumentType.NORMATIVE,
                written,
                1,
                "规范性文件",
                DisclosureMode.PROACTIVE,
                null,
                title + "。正文：" + title + "的具体规定。",
                "测试",
                null,
                null);
    }

    static ItemContent interpretation(String unit, String title, LocalDate written) {
        return new ItemContent(
                unit,
                title,
                null,
                DocumentType.INTERPRETATION,
                written,
                1,
                "政策解读",
                DisclosureMode.PROACTIVE,
                null,
                "解读：" + title,
                "解读",
                null,
                InterpretationForm.GRAPHIC);
    }
}
