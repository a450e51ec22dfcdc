package org.gongkai.reportreading;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The text position of a glyph of a vertical {@link TextLayerFont}, computed as PDFBox's text stripper computes it
 * (LegacyPDFStreamEngine.showGlyph, the same float operations in the same order) for a PDType0Font: its width in
 * vertical writing is scaled by the program's units per em, which PDFBox reads from the parsed TrueType program
 * and this class from {@link TextLayerFont.Vertical}, so the program need not be parsed.
 */
final class VerticalGlyphs {

    /** What PDFBox's showGlyph reads of the stripper. */
    interface State {
        PDGraphicsState getGraphicsState();

        Matrix getTextMatrix();

        float fontHeight(PDFont font) throws IOException;
    }

    private final Map<COSDictionary, Float> heights = new HashMap<>();
    private int pageRotation;
    private PDRectangle pageSize;
    private Matrix translateMatrix;

    /** LegacyPDFStreamEngine.processPage: the page's rotation and crop box, and the box's offset. */
    void page(PDPage page) {
        pageRotation = page.getRotation();
        pageSize = page.getCropBox();
        translateMatrix =
                Float.compare(pageSize.getLowerLeftX(), 0) == 0 && Float.compare(pageSize.getLowerLeftY(), 0) == 0
                        ? null
                        : Matrix.getTranslateInstance(-pageSize.getLowerLeftX(), -pageSize.getLowerLeftY());
    }

    /** The glyph's position, or null when it has no text (PDFBox skips such a glyph of a composite font). */
    TextPosition position(State s, Matrix textRenderingMatrix, TextLayerFont font, int code, Vector displacement)
            throws IOException {
        PDGraphicsState state = s.getGraphicsState();
        Matrix ctm = state.getCurrentTransformationMatrix();
        float fontSize = state.getTextState().getFontSize();
        float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
        Matrix textMatrix = s.getTextMatrix();
        float displacementX = font.getWidth(code) / 1000f;
        int unitsPerEm = font.vertical().unitsPerEm();
        if (unitsPerEm != 1000) {
            displacementX *= 1000f / unitsPerEm;
        }
        float tx = displacementX * fontSize * horizontalScaling;
        float ty = displacement.getY() * fontSize;
        Matrix next = Matrix.getTranslateInstance(tx, ty).multiply(textMatrix).multiply(ctm);
        float nextX = next.getTranslateX();
        float nextY = next.getTranslateY();
        float dxDisplay = nextX - textRenderingMatrix.getTranslateX();
        Float height = heights.get(font.getCOSObject());
        if (height == null) {
            height = s.fontHeight(font);
            heights.put(font.getCOSObject(), height);
        }
        float dyDisplay = height * textRenderingMatrix.getScalingFactorY();
        float glyphSpaceToTextSpaceFactor = 0.001f;
        float spaceWidthText = 0;
        try {
            spaceWidthText = font.getSpaceWidth() * glyphSpaceToTextSpaceFactor;
        } catch (Exception e) {
            // as PDFBox: the average width below
        }
        if (Float.compare(spaceWidthText, 0) == 0) {
            spaceWidthText = font.getAverageFontWidth() * glyphSpaceToTextSpaceFactor;
            spaceWidthText *= .80f;
        }
        if (Float.compare(spaceWidthText, 0) == 0) {
            spaceWidthText = 1.0f;
        }
        float spaceWidthDisplay = spaceWidthText * textRenderingMatrix.getScalingFactorX();
        String unicode = font.toUnicode(code);
        if (unicode == null) {
            return null;
        }
        Matrix translated = textRenderingMatrix;
        if (translateMatrix != null) {
            translated = Matrix.concatenate(translateMatrix, textRenderingMatrix);
            nextX -= pageSize.getLowerLeftX();
            nextY -= pageSize.getLowerLeftY();
        }
        return new TextPosition(
                pageRotation,
                pageSize.getWidth(),
                pageSize.getHeight(),
                translated,
                nextX,
                nextY,
                Math.abs(dyDisplay),
                dxDisplay,
                Math.abs(spaceWidthDisplay),
                unicode,
                new int[] {code},
                font,
                fontSize,
                (int) (fontSize * textMatrix.getScalingFactorX()));
    }
}
