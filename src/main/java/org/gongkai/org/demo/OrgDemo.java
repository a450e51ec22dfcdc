package org.gongkai.org.demo;

import java.util.List;
import org.gongkai.org.Role;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.platform.demo.DemoLogins;
import org.springframework.stereotype.Component;

/** The demo county 示例县: its government, departments, towns and streets, and demo staff logins. */
@Component
class OrgDemo implements DemoContributor, DemoLogins {

    static final String GOVERNMENT = "001008099";
    static final String PASSWORD = "demo1234";

    private static final List<String> DEPARTMENTS = List.of(
            "县发展和改革局",
            "县教育局",
            "县科学技术局",
            "县经济和信息化局",
            "县公安局",
            "县民政局",
            "县司法局",
            "县财政局",
            "县人力资源和社会保障局",
            "县自然资源和规划局",
            "县生态环境分局",
            "县住房和城乡建设局",
            "县交通运输局",
            "县水利局",
            "县农业农村局",
            "县商务局",
            "县文化和广电旅游体育局",
            "县卫生健康局",
            "县退役军人事务局",
            "县应急管理局",
            "县审计局",
            "县市场监督管理局",
            "县统计局",
            "县医疗保障局",
            "县综合行政执法局",
            "县行政审批局",
            "县信访局");
    private static final List<String> TOWNS = List.of("城关镇", "东溪镇", "西山镇", "南塘镇", "北岙镇", "桥头镇", "白石乡");
    private static final List<String> STREETS = List.of("城东街道", "城西街道", "城南街道");

    /** Demo logins: username, display name, role, unit code. */
    private static final List<String[]> LOGINS = List.of(
            new String[] {"admin", "系统管理员", "ADMIN", GOVERNMENT + "001"},
            new String[] {"reviewer", "县政务公开科 王审核", "REVIEWER", GOVERNMENT + "001"},
            new String[] {"drafter", "县政务公开科 周起草", "REVIEWER", GOVERNMENT + "001"},
            new String[] {"zhujian", "县住建局 李经办", "HANDLER", GOVERNMENT + "013"},
            new String[] {"ziranziyuan", "县自然资源和规划局 陈经办", "HANDLER", GOVERNMENT + "011"},
            new String[] {"chengguan", "城关镇 张经办", "HANDLER", GOVERNMENT + "101"},
            new String[] {"auditor", "县审计组 赵审阅", "AUDITOR", GOVERNMENT + "001"});

    private final UnitRepository units;
    private final StaffAccounts staff;

    OrgDemo(UnitRepository units, StaffAccounts staff) {
        this.units = units;
        this.staff = staff;
    }

    /** The unit tree is the demo's first share: any unit means the database is not empty. */
    @Override
    public boolean hasData() {
        return !units.findAll().isEmpty();
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed(DemoLog log) {
        units.save(new Unit(GOVERNMENT, "示例县人民政府", UnitKind.GOVERNMENT, null, 0));
        units.save(new Unit(GOVERNMENT + "001", "示例县人民政府办公室", UnitKind.GOVERNMENT_OFFICE, GOVERNMENT, 1));
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            units.save(new Unit(
                    GOVERNMENT + String.format("%03d", i + 2),
                    DEPARTMENTS.get(i),
                    UnitKind.DEPARTMENT,
                    GOVERNMENT,
                    i + 2));
        }
        for (int i = 0; i < TOWNS.size(); i++) {
            units.save(new Unit(
                    GOVERNMENT + String.format("%03d", 101 + i), TOWNS.get(i), UnitKind.TOWN, GOVERNMENT, 101 + i));
        }
        for (int i = 0; i < STREETS.size(); i++) {
            units.save(new Unit(
                    GOVERNMENT + String.format("%03d", 201 + i), STREETS.get(i), UnitKind.STREET, GOVERNMENT, 201 + i));
        }
        for (String[] login : LOGINS) {
            staff.create(login[0], PASSWORD, login[1], Role.valueOf(login[2]), login[3]);
        }
        printLogins(log);
    }

    @Override
    public void printLogins(DemoLog log) {
        log.say("控制台 /console 演示账号（密码均为 " + PASSWORD + "）：");
        for (String[] login : LOGINS) {
            log.say(String.format("  %-12s %s", login[0], login[1]));
        }
    }
}
