package org.gongkai.rendering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the CJK font (TrueType outlines, so PDFBox can subset and embed it) that PDFs are written with. No such
 * font is published on Maven Central, so it comes from a Debian package that {@code .ci/run} and the
 * {@code ./gongkai} launcher install when missing ({@code fonts-droid-fallback}, Apache-2.0). Another TTF can be
 * given with {@code -Dgongkai.cjk-font=PATH} or {@code GONGKAI_CJK_FONT=PATH}.
 */
public final class CjkFont {

    public static final String DEBIAN_PACKAGE = "fonts-droid-fallback";

    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts-droid-fallback/truetype/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    /** Latin letters and digits (the CJK fallback font has none): DejaVu Sans or Liberation Sans if present. */
    static final List<Path> LATIN_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"));

    private CjkFont() {}

    /** A Latin font to embed for letters and digits; empty when none is installed (a standard font is used). */
    public static java.util.Optional<Path> locateLatin() {
        return LATIN_CANDIDATES.stream().filter(Files::isReadable).findFirst();
    }

    /** The font file to use; throws with what to install when there is none. */
    public static Path locate() {
        List<Path> tried = new ArrayList<>();
        String configured = System.getProperty("gongkai.cjk-font", System.getenv("GONGKAI_CJK_FONT"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured.strip());
            if (Files.isReadable(p)) {
                return p;
            }
            tried.add(p);
        }
        for (Path p : CANDIDATES) {
            if (Files.isReadable(p)) {
                return p;
            }
            tried.add(p);
        }
        throw new IllegalStateException("no CJK font for PDF output: install the Debian package " + DEBIAN_PACKAGE
                + " (apt-get install " + DEBIAN_PACKAGE + ") or set GONGKAI_CJK_FONT to a TrueType font; tried "
                + tried);
    }
}
