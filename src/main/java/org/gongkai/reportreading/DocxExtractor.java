package org.gongkai.reportreading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Word documents: paragraphs become lines, tables rows of cells. A cell spanning columns (gridSpan) is
 * followed by empty cells; a vertically merged continuation cell reads empty.
 */
final class DocxExtractor {

    private DocxExtractor() {}

    /** Also the pictures placed in paragraphs (a table published as an image), each after its paragraph's text. */
    static SourceDocument extract(byte[] content, EmbeddedImages images) throws IOException, UnreadableReportException {
        SourceDocument.Builder b = new SourceDocument.Builder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    for (String l : p.getText().split("\n")) {
                        b.text(l);
                    }
                    for (XWPFRun r : p.getRuns()) {
                        for (XWPFPicture picture : r.getEmbeddedPictures()) {
                            if (picture.getPictureData() != null) {
                                images.add(picture.getPictureData().getData(), b);
                            }
                        }
                    }
                } else if (e instanceof XWPFTable t) {
                    table(t, b);
                }
            }
        }
        return b.build();
    }

    private static void table(XWPFTable t, SourceDocument.Builder b) {
        for (XWPFTableRow r : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell c : r.getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                boolean continuation = pr != null
                        && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null
                                || "continue".equals(pr.getVMerge().getVal().toString()));
                cells.add(continuation ? "" : c.getText().replace('\n', ' '));
                int span = pr != null && pr.isSetGridSpan()
                        ? pr.getGridSpan().getVal().intValue()
                        : 1;
                for (int i = 1; i < Math.min(span, 60); i++) {
                    cells.add("");
                }
            }
            if (cells.stream().anyMatch(s -> !s.isBlank())) {
                b.row(cells);
            }
        }
    }
}
