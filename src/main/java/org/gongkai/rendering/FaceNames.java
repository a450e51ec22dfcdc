package org.gongkai.rendering;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The font names a DOCX asks Word for, face by face. A Word file names its fonts rather than embedding them, so the
 * defaults are the names the fonts of GB/T 9704 have on the computers of Chinese offices (宋体, 仿宋, 楷体, 黑体);
 * a configured name ({@code gongkai.face-names.*}) wins, and a licensed font configured for the PDF
 * ({@code gongkai.faces.*}) gives its family name, so one setting serves both files.
 */
public final class FaceNames {

    static final Map<Face, String> DEFAULTS =
            Map.of(Face.SONG, "宋体", Face.FANGSONG, "仿宋", Face.KAI, "楷体", Face.HEI, "黑体");

    private FaceNames() {}

    public static Map<Face, String> of(RenderingSettings settings) {
        Map<Face, String> names = new EnumMap<>(Face.class);
        for (Face f : Face.values()) {
            String configured = settings.faceName(f);
            names.put(
                    f,
                    configured != null
                            ? configured
                            : Optional.ofNullable(settings.face(f))
                                    .flatMap(FaceNames::familyOf)
                                    .orElse(DEFAULTS.get(f)));
        }
        return names;
    }

    /** The family name in a TrueType font or the first font of a collection; empty when it cannot be read. */
    static Optional<String> familyOf(Path file) {
        if (!file.toFile().canRead()) {
            return Optional.empty();
        }
        try {
            if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    String[] family = {null};
                    ttc.processAllFonts(font -> {
                        if (family[0] == null) {
                            family[0] = family(font);
                        }
                    });
                    return Optional.ofNullable(family[0]);
                }
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return Optional.ofNullable(family(font));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String family(TrueTypeFont font) throws IOException {
        var naming = font.getNaming();
        return naming == null ? null : naming.getFontFamily();
    }
}
