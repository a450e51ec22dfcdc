package org.gongkai.annualreport.web;

import org.gongkai.reportmodel.Labels;

/** Chinese names of report cell paths for the drill-down page, e.g. requests.granted.commercial. */
public class CellLabels {

    public String of(String path) {
        String[] p = path.split("\\.");
        if (p.length != 3) {
            return path;
        }
        try {
            return switch (p[0]) {
                case "requests" ->
                    (p[1].equals("*")
                                    ? "各行"
                                    : p[1].equals("unclassified") ? "办理结果未归类" : Labels.requestRowNumbered(p[1]))
                            + " / " + Labels.applicantColumn(p[2]);
                case "reviews" -> Labels.reviewRow(p[1]) + " / " + Labels.reviewColumn(p[2]);
                default -> path;
            };
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    public String applicant(String key) {
        try {
            return Labels.applicantColumn(key);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
