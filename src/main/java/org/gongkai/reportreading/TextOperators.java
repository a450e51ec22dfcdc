package org.gongkai.reportreading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;

/**
 * The text operators of a page run on the text stripper's state as PDFBox's operator processors run them (the
 * same calls, the same float arithmetic in the same order), from {@link ContentTokens}' operations, without
 * PDFBox's objects for operands: BT, ET, Td, TD, T*, Tm, cm, q, Q, Tc, Tw, Tz, TL, Ts, Tj, TJ, ' and ". An operator
 * with operands of other counts or types than these take, and every other operator (Tf, Tr, Do, gs, marked
 * content), is given to PDFBox's own processor with PDFBox's operand objects.
 */
final class TextOperators {

    /** What this class needs of the stripper beyond PDFStreamEngine's public methods. */
    interface Engine {

        /** PDFStreamEngine's processOperator(String, List): PDFBox's processor. */
        void process(String operator, List<COSBase> operands) throws IOException;

        /** PDFStreamEngine's operatorException: what PDFBox does when an operator's processor fails. */
        void failed(String operator, List<COSBase> operands, IOException e) throws IOException;

        /** PDFStreamEngine's applyTextAdjustment. */
        void adjust(float tx, float ty);

        org.apache.pdfbox.contentstream.PDFStreamEngine engine();
    }

    private final Engine engine;

    TextOperators(Engine engine) {
        this.engine = engine;
    }

    void run(List<ContentTokens.Operation> operations) throws IOException {
        for (ContentTokens.Operation o : operations) {
            boolean done;
            try {
                done = direct(o.operator(), o.operands());
            } catch (IOException e) {
                engine.failed(o.operator(), cos(o.operands()), e); // as PDFBox's processOperator handles it
                continue;
            }
            if (!done) {
                engine.process(o.operator(), cos(o.operands()));
            }
        }
    }

    private static List<COSBase> cos(Object[] operands) throws IOException {
        List<COSBase> cos = new ArrayList<>(operands.length);
        for (Object o : operands) {
            cos.add(ContentTokens.cos(o));
        }
        return cos;
    }

    /** Runs the operator as PDFBox's processor would; false when it is left to that processor. */
    private boolean direct(String operator, Object[] operands) throws IOException {
        var e = engine.engine();
        switch (operator) {
            case "BT" -> {
                e.setTextMatrix(new Matrix());
                e.setTextLineMatrix(new Matrix());
                e.beginText();
                return true;
            }
            case "ET" -> {
                e.setTextMatrix(null);
                e.setTextLineMatrix(null);
                e.endText();
                return true;
            }
            case "Td" -> {
                if (!numbers(operands, 2) || e.getTextLineMatrix() == null) {
                    return false;
                }
                moveText(num(operands[0]), num(operands[1]));
                return true;
            }
            case "TD" -> {
                if (!numbers(operands, 2) || e.getTextLineMatrix() == null) {
                    return false;
                }
                e.getGraphicsState().getTextState().setLeading(-num(operands[1]));
                moveText(num(operands[0]), num(operands[1]));
                return true;
            }
            case "T*" -> {
                if (operands.length != 0 || e.getTextLineMatrix() == null) {
                    return false;
                }
                moveText(0, -e.getGraphicsState().getTextState().getLeading());
                return true;
            }
            case "Tm" -> {
                if (!numbers(operands, 6)) {
                    return false;
                }
                Matrix m = matrix(operands);
                e.setTextMatrix(m);
                e.setTextLineMatrix(m.clone());
                return true;
            }
            case "cm" -> {
                if (!numbers(operands, 6)) {
                    return false;
                }
                e.getGraphicsState().getCurrentTransformationMatrix().concatenate(matrix(operands));
                return true;
            }
            case "q" -> {
                e.saveGraphicsState();
                return true;
            }
            case "Q" -> {
                if (e.getGraphicsStackSize() <= 1) {
                    return false;
                }
                e.restoreGraphicsState();
                return true;
            }
            case "Tc", "Tw", "Tz", "TL", "Ts" -> {
                if (!numbers(operands, 1)) {
                    return false;
                }
                textState(operator, num(operands[0]));
                return true;
            }
            case "Tj" -> {
                if (operands.length != 1 || !(operands[0] instanceof byte[] s)) {
                    return false;
                }
                if (e.getTextMatrix() != null) {
                    e.showTextString(s);
                }
                return true;
            }
            case "TJ" -> {
                if (operands.length != 1 || !(operands[0] instanceof Object[] a) || !showable(a)) {
                    return false;
                }
                if (e.getTextMatrix() != null) {
                    showTextStrings(a);
                }
                return true;
            }
            case "'" -> {
                if (operands.length != 1 || !(operands[0] instanceof byte[]) || e.getTextLineMatrix() == null) {
                    return false;
                }
                return direct("T*", new Object[0]) && direct("Tj", operands);
            }
            case "\"" -> {
                if (operands.length != 3
                        || !(operands[0] instanceof ContentTokens.Num)
                        || !(operands[1] instanceof ContentTokens.Num)
                        || !(operands[2] instanceof byte[])
                        || e.getTextLineMatrix() == null) {
                    return false;
                }
                textState("Tw", num(operands[0]));
                textState("Tc", num(operands[1]));
                return direct("'", new Object[] {operands[2]});
            }
            default -> {
                return false;
            }
        }
    }

    /** Td's processor: the line matrix moved by (tx, ty) in its own space, the text matrix a copy of it. */
    private void moveText(float tx, float ty) {
        var e = engine.engine();
        Matrix line = e.getTextLineMatrix();
        line.concatenate(new Matrix(1, 0, 0, 1, tx, ty));
        e.setTextMatrix(line.clone());
    }

    private void textState(String operator, float value) {
        PDTextState state = engine.engine().getGraphicsState().getTextState();
        switch (operator) {
            case "Tc" -> state.setCharacterSpacing(value);
            case "Tw" -> state.setWordSpacing(value);
            case "Tz" -> state.setHorizontalScaling(value);
            case "TL" -> state.setLeading(value);
            default -> state.setRise(value);
        }
    }

    /**
     * PDFStreamEngine.showTextStrings: a number moves the text matrix back by number / 1000 of the font size (scaled
     * horizontally by Tz, unless the font writes vertically), a string is shown.
     */
    private void showTextStrings(Object[] array) throws IOException {
        var e = engine.engine();
        PDTextState state = e.getGraphicsState().getTextState();
        float fontSize = state.getFontSize();
        float horizontalScaling = state.getHorizontalScaling() / 100f;
        PDFont font = state.getFont();
        boolean vertical = font != null && font.isVertical();
        for (Object o : array) {
            if (o instanceof ContentTokens.Num n) {
                float tj = n.value();
                if (vertical) {
                    engine.adjust(0, -tj / 1000 * fontSize);
                } else {
                    engine.adjust(-tj / 1000 * fontSize * horizontalScaling, 0);
                }
            } else {
                e.showTextString((byte[]) o);
            }
        }
    }

    /** Whether TJ's array holds only numbers and strings (PDFBox logs or fails on anything else). */
    private static boolean showable(Object[] array) {
        for (Object o : array) {
            if (!(o instanceof ContentTokens.Num) && !(o instanceof byte[])) {
                return false;
            }
        }
        return true;
    }

    private static boolean numbers(Object[] operands, int count) {
        if (operands.length != count) {
            return false;
        }
        for (Object o : operands) {
            if (!(o instanceof ContentTokens.Num)) {
                return false;
            }
        }
        return true;
    }

    private static float num(Object operand) {
        return ((ContentTokens.Num) operand).value();
    }

    private static Matrix matrix(Object[] o) {
        return new Matrix(num(o[0]), num(o[1]), num(o[2]), num(o[3]), num(o[4]), num(o[5]));
    }
}
