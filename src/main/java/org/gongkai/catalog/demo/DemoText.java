package org.gongkai.catalog.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Plausible Chinese titles and bodies for the demo catalogue. */
final class DemoText {

    private static final List<String> GOALS =
            List.of("提升群众获得感和满意度", "推进治理体系和治理能力现代化", "保障人民群众生命财产安全", "促进经济社会高质量发展", "切实维护群众合法权益");
    private static final List<String> MEASURES = List.of(
            "建立健全工作协调机制，明确部门职责分工", "加强资金保障，统筹安排专项资金", "实行清单化管理，定期公开工作进展", "强化监督检查，将落实情况纳入年度考核", "畅通群众参与渠道，广泛听取意见建议");

    private DemoText() {}

    static String normativeTitle(String unitName, String topic) {
        return unitName + "关于印发《示例县" + topic + "实施办法》的通知";
    }

    static String normativeBody(String topic, LocalDate written, Random r) {
        return "各乡镇人民政府、街道办事处，县政府直属各单位：\n"
                + "为加快推进" + topic + "工作，" + pick(GOALS, r) + "，根据有关法律法规和上级文件精神，结合本县实际，"
                + "制定《示例县" + topic + "实施办法》，现印发给你们，请认真贯彻执行。\n"
                + "一、总体要求。坚持以人民为中心，统筹推进" + topic + "，做到依法依规、公开透明。\n"
                + "二、主要任务。" + pick(MEASURES, r) + "；" + pick(MEASURES, r) + "。\n"
                + "三、实施范围。本县行政区域内" + topic + "相关工作适用本办法。\n"
                + "四、保障措施。各有关单位要按照职责分工抓好落实，相关信息按照《中华人民共和国政府信息公开条例》"
                + "及时主动公开。\n"
                + "五、本办法自" + written.plusDays(30) + "起施行，有效期五年。";
    }

    static String interpretationTitle(String topic) {
        return "《示例县" + topic + "实施办法》政策解读";
    }

    static String interpretationBody(String topic, Random r) {
        return "一、起草背景。为规范和推进" + topic + "工作，县有关部门在深入调研、广泛征求意见的基础上起草了本办法。\n"
                + "二、主要内容。办法明确了" + topic + "的适用范围、工作流程、部门职责和监督措施，" + pick(MEASURES, r)
                + "。\n三、惠民举措。群众可通过政务服务中心窗口、政府门户网站和12345热线咨询办理。\n"
                + "四、解读机关及联系方式。如有疑问，请在工作日向起草单位咨询。";
    }

    static String noticeTitle(String unitName, String topic, int year, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> unitName + "关于开展" + year + "年" + topic + "工作的通知";
            case 1 -> unitName + "关于" + topic + "有关事项的公告";
            case 2 -> unitName + year + "年" + topic + "工作总结";
            default -> unitName + "关于公布" + year + "年" + topic + "情况的通告";
        };
    }

    static String noticeBody(String topic, int year, Random r) {
        return year + "年，本单位围绕" + topic + "，" + pick(MEASURES, r) + "。全年共完成相关事项" + (20 + r.nextInt(300))
                + "件，涉及群众" + (100 + r.nextInt(5000)) + "人次。下一步将" + pick(MEASURES, r) + "，" + pick(GOALS, r)
                + "。";
    }

    static String budgetBody(String unitName, int year, boolean finalAccounts, Random r) {
        int total = 300 + r.nextInt(9000);
        return unitName + year + "年度" + (finalAccounts ? "部门决算" : "部门预算") + "说明：本年度收支总计" + total
                + "万元，其中一般公共预算财政拨款" + (total * 8 / 10) + "万元。“三公”经费" + (5 + r.nextInt(40))
                + "万元，其中公务接待费、公务用车购置及运行费均较上年下降。政府采购预算" + r.nextInt(500)
                + "万元。绩效目标已按要求编制并公开。";
    }

    static String reportBody(String unitName, int year, Random r) {
        return unitName + year + "年政府信息公开工作年度报告。一、总体情况：全年主动公开政府信息" + (50 + r.nextInt(900))
                + "条，收到政府信息公开申请" + r.nextInt(30) + "件，均在法定期限内答复。二、主动公开政府信息情况。"
                + "三、收到和处理政府信息公开申请情况。四、政府信息公开行政复议、行政诉讼情况。"
                + "五、存在的主要问题及改进情况。六、其他需要报告的事项：本年度未收取信息处理费。";
    }

    static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }
}
