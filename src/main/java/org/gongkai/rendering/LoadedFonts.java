package org.gongkai.rendering;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Font programs parsed once and kept for the life of the process. Given font files, openhtmltopdf parses each one
 * again for every document (a CJK collection of tens of megabytes, one per face a letter uses: seconds a letter);
 * here each document gets PDFBox Type 0 fonts made from the kept programs, subset when it is saved. A collection
 * (.ttc) gives its first font, the one a font's family is named after ({@link FaceNames}). The kept programs read
 * their files on demand and are not safe for concurrent use, so the documents using them are written one at a
 * time ({@link #LOCK}).
 */
final class LoadedFonts {

    /** Held while a document using the kept programs is laid out and saved. */
    static final Object LOCK = new Object();

    private static final Map<File, TrueTypeFont> PROGRAMS = new ConcurrentHashMap<>();

    private LoadedFonts() {}

    /** A supplier of the font in {@code file} for {@code doc}, made when the document first needs it. */
    static PDFontSupplier supplier(PDDocument doc, File file) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        font = PDType0Font.load(doc, program(file), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return font;
            }
        };
    }

    static TrueTypeFont program(File file) throws IOException {
        TrueTypeFont kept = PROGRAMS.get(file);
        if (kept != null) {
            return kept;
        }
        synchronized (PROGRAMS) {
            kept = PROGRAMS.get(file);
            if (kept == null) {
                kept = parse(file);
                PROGRAMS.put(file, kept);
            }
            return kept;
        }
    }

    private static TrueTypeFont parse(File file) throws IOException {
        if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file); // kept open: its first font reads from it
            TrueTypeFont[] first = {null};
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                ttc.close();
                throw new IOException("no font in " + file);
            }
            return first[0];
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file));
    }
}
