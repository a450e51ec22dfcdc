package org.gongkai.rendering;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * An HTML table as a Word table: the HTML table model places each cell on a grid (rowspan and colspan pushing
 * later cells right), then each grid row becomes a Word row where a colspan is {@code gridSpan} and a rowspan
 * is {@code vMerge} restart / continue.
 */
final class DocxTables {

    private record Placed(Element cell, int row, int col, int rowspan, int colspan) {}

    private final XWPFDocument doc;

    DocxTables(XWPFDocument doc) {
        this.doc = doc;
    }

    void table(Element table, DocxBlocks.Sink sink, DocxBlocks blocks) {
        List<Element> rows = table.select("tr").stream()
                .filter(tr -> tr.closest("table") == table)
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        if (table.parents().stream()
                .anyMatch(a -> a.normalName().equals("td") || a.normalName().equals("th"))) {
            for (Element tr : rows) { // a table inside a cell: one paragraph per row, cells separated by tabs
                String line = String.join(
                        "\t", tr.children().stream().map(Element::text).toList());
                DocxBlocks.write(
                        sink.paragraph(), List.of(new DocxBlocks.Span(line, DocxBlocks.Fmt.PLAIN, false)), null);
            }
            return;
        }
        Element caption = table.selectFirst("> caption");
        if (caption != null && !caption.text().isBlank()) {
            XWPFParagraph p = sink.paragraph();
            p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            DocxBlocks.write(
                    p, List.of(new DocxBlocks.Span(caption.text(), DocxBlocks.Fmt.PLAIN.bolder(), false)), null);
        }
        List<List<Placed>> grid = layout(rows);
        int cols = grid.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable();
        t.setWidth(DocxWriter.TEXT_WIDTH);
        CTTblGrid tblGrid = t.getCTTbl().getTblGrid() != null
                ? t.getCTTbl().getTblGrid()
                : t.getCTTbl().addNewTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        int colWidth = DocxWriter.TEXT_WIDTH / cols;
        for (int c = 0; c < cols; c++) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(colWidth));
        }
        for (int r = 0; r < grid.size(); r++) {
            XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            if (rows.get(r).parent() != null
                    && rows.get(r).parent().normalName().equals("thead")) {
                row.setRepeatHeader(true);
            }
            List<Placed> line = grid.get(r);
            int c = 0;
            while (c < cols) {
                Placed p = c < line.size() ? line.get(c) : null;
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                int span = p == null ? 1 : p.colspan();
                pr.addNewTcW().setW(BigInteger.valueOf((long) colWidth * span));
                pr.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (p != null && p.rowspan() > 1) {
                    pr.addNewVMerge().setVal(p.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (p != null && p.row() == r) {
                    fill(cell, p.cell(), blocks);
                }
                c += span;
            }
        }
        sink.paragraph(); // Word needs a paragraph between adjacent tables; it also spaces what follows
    }

    /** The HTML table model: each cell takes the first free grid column of its row, spanning rows and columns. */
    private static List<List<Placed>> layout(List<Element> rows) {
        List<List<Placed>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ensureRow(grid, r);
            int c = 0;
            for (Element td : rows.get(r).children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (c < grid.get(r).size() && grid.get(r).get(c) != null) {
                    c++;
                }
                int rs = Math.max(1, Math.min(span(td, "rowspan"), rows.size() - r));
                int cs = Math.max(1, span(td, "colspan"));
                Placed p = new Placed(td, r, c, rs, cs);
                for (int dr = 0; dr < rs; dr++) {
                    ensureRow(grid, r + dr);
                    List<Placed> line = grid.get(r + dr);
                    for (int dc = 0; dc < cs; dc++) {
                        while (line.size() <= c + dc) {
                            line.add(null);
                        }
                        line.set(c + dc, p);
                    }
                }
                c += cs;
            }
        }
        return grid;
    }

    private static void ensureRow(List<List<Placed>> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
        }
    }

    private static int span(Element td, String attr) {
        try {
            return td.hasAttr(attr)
                    ? Math.min(1000, Integer.parseInt(td.attr(attr).strip()))
                    : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void fill(XWPFTableCell cell, Element td, DocxBlocks blocks) {
        XWPFParagraph[] first = {
            cell.getParagraphs().isEmpty()
                    ? cell.addParagraph()
                    : cell.getParagraphs().get(0)
        };
        DocxBlocks.Sink sink = () -> {
            if (first[0] != null) {
                XWPFParagraph p = first[0];
                first[0] = null;
                return p;
            }
            return cell.addParagraph();
        };
        DocxBlocks.Fmt fmt = td.normalName().equals("th") ? DocxBlocks.Fmt.PLAIN.bolder() : DocxBlocks.Fmt.PLAIN;
        blocks.blocks(td, sink, DocxWriter.alignment(td, null), fmt);
    }
}
