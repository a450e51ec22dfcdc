package org.gongkai.requests.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.IdNumbers;

/** Plausible applicants with valid identity numbers, drawn from a seeded random source. */
final class DemoApplicants {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾潘";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海燕小东文斌";
    private static final List<String> COMPANIES =
            List.of("示例县恒达建设工程有限公司", "示例县绿源农业开发有限公司", "浙南华美置业有限公司", "示例县顺通物流有限公司", "示例县鑫源食品有限公司", "温州瑞丰房地产开发有限公司");
    private static final List<String> RESEARCH = List.of("示例大学公共管理学院", "浙南城乡规划研究院");
    private static final List<String> PUBLIC_INTEREST = List.of("示例县环境保护志愿者协会", "示例县消费者权益保护委员会");
    private static final List<String> LAW_FIRMS = List.of("浙江示例律师事务所", "浙江正衡律师事务所示例分所", "示例县明理法律服务所");
    private static final List<String> OTHER_ORGS = List.of("城关镇东门村股份经济合作社", "示例县个体劳动者协会", "城南街道锦绣社区业主委员会");
    private static final List<String> PLACES =
            List.of("城关镇", "东溪镇", "西山镇", "南塘镇", "北岙镇", "桥头镇", "白石乡", "城东街道", "城西街道", "城南街道");

    private final Random random;

    DemoApplicants(Random random) {
        this.random = random;
    }

    ApplicantType type() {
        int n = random.nextInt(100);
        if (n < 78) {
            return ApplicantType.NATURAL_PERSON;
        }
        if (n < 87) {
            return ApplicantType.COMMERCIAL;
        }
        if (n < 89) {
            return ApplicantType.RESEARCH;
        }
        if (n < 91) {
            return ApplicantType.PUBLIC_INTEREST;
        }
        return n < 97 ? ApplicantType.LEGAL_SERVICE : ApplicantType.OTHER_ORG;
    }

    Applicant applicant(ApplicantType type) {
        String name = personName();
        String phone = "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
        String address = pick(PLACES) + (1 + random.nextInt(300)) + "号";
        String email = random.nextInt(3) == 0 ? null : "user" + random.nextInt(100000) + "@example.com";
        if (type == ApplicantType.NATURAL_PERSON) {
            return new Applicant(type, name, "resident_id", residentId(), null, null, phone, email, address);
        }
        String org = switch (type) {
            case COMMERCIAL -> pick(COMPANIES);
            case RESEARCH -> pick(RESEARCH);
            case PUBLIC_INTEREST -> pick(PUBLIC_INTEREST);
            case LEGAL_SERVICE -> pick(LAW_FIRMS);
            default -> pick(OTHER_ORGS);
        };
        return new Applicant(type, name, null, null, org, creditCode(org), phone, email, address);
    }

    String place() {
        return pick(PLACES);
    }

    private String personName() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    private String residentId() {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 52));
        String first17 = "330329" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + IdNumbers.residentIdCheck(first17);
    }

    /** A fixed code per organisation name, so repeat applicants are the same applicant. */
    private static String creditCode(String org) {
        Random r = new Random(org.hashCode());
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder("91330329");
        while (b.length() < 17) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b.toString() + IdNumbers.creditCodeCheck(b.toString());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
