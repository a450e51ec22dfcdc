package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Template;

/**
 * The platform's first draft of the text sections (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项),
 * written from the numbers: totals, change on the previous year, outcomes, reviews and fees. Staff edit it.
 */
public final class DraftWriter {

    private DraftWriter() {}

    public static String overview(AnnualReport r, AnnualReport previous) {
        Grid q = r.requests();
        long received = q.count("new_received", "total");
        StringBuilder s = new StringBuilder();
        s.append(r.year())
                .append("年，")
                .append(r.unit())
                .append("认真贯彻落实《中华人民共和国政府信息公开条例》，")
                .append("依法做好政府信息主动公开和依申请公开工作。");
        s.append("全年共收到政府信息公开申请").append(received).append("件");
        if (previous != null && previous.requests() != null) {
            long before = previous.requests().count("new_received", "total");
            s.append("，").append(change(received, before));
        }
        s.append("；上年结转")
                .append(q.count("carried_over", "total"))
                .append("件；本年办结")
                .append(q.count("total", "total"))
                .append("件，其中予以公开")
                .append(q.count("granted", "total"))
                .append("件、部分公开")
                .append(q.count("partially_granted", "total"))
                .append("件；结转下年度继续办理")
                .append(q.count("carried_forward", "total"))
                .append("件。");
        Grid v = r.reviews();
        long reconsideration = v.count("reconsideration", "total");
        long suits = v.count("litigation_direct", "total") + v.count("litigation_after_reconsideration", "total");
        long corrected = v.count("reconsideration", "corrected")
                + v.count("litigation_direct", "corrected")
                + v.count("litigation_after_reconsideration", "corrected");
        s.append("因政府信息公开被申请行政复议")
                .append(reconsideration)
                .append("件、被提起行政诉讼")
                .append(suits)
                .append("件，其中结果纠正")
                .append(corrected)
                .append("件。");
        Grid p = r.proactive();
        String made = r.template() == Template.T2019 ? "new_made" : "made";
        s.append("本年制发规范性文件").append(p.count("normative_documents", made)).append("件。");
        return s.toString();
    }

    public static String problems(AnnualReport r) {
        Grid v = r.reviews();
        long corrected = v.count("reconsideration", "corrected")
                + v.count("litigation_direct", "corrected")
                + v.count("litigation_after_reconsideration", "corrected");
        long open = r.requests().count("carried_forward", "total");
        StringBuilder s = new StringBuilder("主要问题：");
        s.append(corrected > 0 ? "本年有" + corrected + "件政府信息公开答复在复议或诉讼中被纠正，答复的规范性仍需提高；" : "依申请公开答复质量总体稳定，但办理流程仍需进一步规范；");
        s.append(open > 0 ? "年末仍有" + open + "件申请在办，需按期办结。" : "年末无积压申请。");
        s.append("改进措施：加强答复前的法制审核，定期开展业务培训，健全依申请公开办理台账。");
        return s.toString();
    }

    /** Section 6; in the 2021 format it must state the information-processing fees charged. */
    public static String otherMatters(AnnualReport r, long[] feesPaid) {
        if (r.template() == Template.T2021) {
            if (feesPaid[0] == 0) {
                return "本年度未收取政府信息公开信息处理费。";
            }
            return "本年度依据《政府信息公开信息处理费管理办法》收取信息处理费" + feesPaid[0] + "件，共计" + feesPaid[1] + "元。";
        }
        return "无。";
    }

    static String change(long now, long before) {
        if (before == 0) {
            return now == 0 ? "与上年持平" : "上年为0件";
        }
        long diff = now - before;
        if (diff == 0) {
            return "与上年持平";
        }
        BigDecimal pct =
                BigDecimal.valueOf(Math.abs(diff) * 100L).divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return "较上年" + (diff > 0 ? "增加" : "减少") + Math.abs(diff) + "件（" + pct.toPlainString() + "%）";
    }
}
