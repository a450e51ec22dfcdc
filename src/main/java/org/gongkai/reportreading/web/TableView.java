package org.gongkai.reportreading.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Labels;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.reportmodel.Template;
import org.gongkai.reportreading.CellMarks;

/** A report's three tables ready for the page: Chinese labels, values, and the highlight of each cell. */
record TableView(String key, String title, List<String> columns, List<RowView> rows) {

    record CellView(String text, String css, String path) {}

    record RowView(String label, List<CellView> cells) {}

    static List<TableView> of(AnnualReport r) {
        Map<String, String> marks = CellMarks.of(r);
        List<TableView> out = new ArrayList<>();
        out.add(proactive(r, marks));
        out.add(requests(r, marks));
        out.add(reviews(r, marks));
        return out;
    }

    private static CellView cell(
            Grid g, String table, String row, String col, Map<String, String> marks, String prefix) {
        String path = table + "." + row + "." + col;
        return new CellView(prefix + ReportJson.number(g.get(row, col)), marks.getOrDefault(path, ""), path);
    }

    private static TableView proactive(AnnualReport r, Map<String, String> marks) {
        Grid g = r.proactive();
        List<RowView> rows = new ArrayList<>();
        if (g != null) {
            Template t = g.layout().hasRow("other_services") ? Template.T2019 : Template.T2021;
            for (String row : g.rowKeys()) {
                List<CellView> cells = new ArrayList<>();
                for (String c : g.columns(row)) {
                    cells.add(cell(g, Layouts.PROACTIVE, row, c, marks, Labels.proactiveColumn(t, c) + "："));
                }
                rows.add(new RowView(Labels.proactiveSection(row) + " " + Labels.proactiveRow(t, row), cells));
            }
        }
        return new TableView(
                Layouts.PROACTIVE, Labels.tableHeading(Layouts.PROACTIVE), List.of(), g == null ? null : rows);
    }

    private static TableView requests(AnnualReport r, Map<String, String> marks) {
        Grid g = r.requests();
        List<String> cols = new ArrayList<>();
        Layouts.APPLICANT_COLUMNS.forEach(c -> cols.add(Labels.applicantColumn(c)));
        List<RowView> rows = new ArrayList<>();
        if (g != null) {
            for (String row : g.rowKeys()) {
                List<CellView> cells = new ArrayList<>();
                for (String c : Layouts.APPLICANT_COLUMNS) {
                    cells.add(cell(g, Layouts.REQUESTS, row, c, marks, ""));
                }
                String group = Labels.requestGroup(row);
                String label =
                        (group != null && !row.equals("other") ? group + " " : "") + Labels.requestRowNumbered(row);
                rows.add(new RowView(label, cells));
            }
        }
        return new TableView(Layouts.REQUESTS, Labels.tableHeading(Layouts.REQUESTS), cols, g == null ? null : rows);
    }

    private static TableView reviews(AnnualReport r, Map<String, String> marks) {
        Grid g = r.reviews();
        List<String> cols = new ArrayList<>();
        Layouts.REVIEW_COLUMNS.forEach(c -> cols.add(Labels.reviewColumn(c)));
        List<RowView> rows = new ArrayList<>();
        if (g != null) {
            for (String row : g.rowKeys()) {
                List<CellView> cells = new ArrayList<>();
                for (String c : Layouts.REVIEW_COLUMNS) {
                    cells.add(cell(g, Layouts.REVIEWS, row, c, marks, ""));
                }
                rows.add(new RowView(Labels.reviewRow(row), cells));
            }
        }
        return new TableView(Layouts.REVIEWS, Labels.tableHeading(Layouts.REVIEWS), cols, g == null ? null : rows);
    }
}
