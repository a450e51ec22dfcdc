package org.gongkai.reportreading;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's resource cache that gives the text stripper a {@link TextLayerFont} for each composite font it
 * fits (each is built once per document, as PDFBox caches its own fonts); other fonts are PDFBox's.
 */
final class TextLayerFonts extends DefaultResourceCache {

    @Override
    public PDFont getFont(COSObject indirect) {
        PDFont font = super.getFont(indirect);
        if (font != null || !(indirect.getObject() instanceof COSDictionary dict)) {
            return font;
        }
        try {
            font = TextLayerFont.of(dict);
        } catch (IOException | RuntimeException e) {
            return null; // PDFBox reads it and says what is wrong
        }
        if (font != null) {
            put(indirect, font);
        }
        return font;
    }
}
