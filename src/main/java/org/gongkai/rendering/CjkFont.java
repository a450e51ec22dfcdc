package org.gongkai.rendering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the CJK font (TrueType outlines, so PDFBox can subset and embed it) that PDFs are written with. No such
 * font is published on Maven Central, so it comes from a Debian package that {@code .ci/run} and the
 * {@code ./gongkai} launcher install when missing ({@code fonts-droid-fallback}, Apache-2.0). Another TTF can be
 * given in the settings ({@link RenderingSettings}: {@code GONGKAI_CJK_FONT=PATH} or {@code gongkai.cjk-font}).
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

    /** The Debian packages with the closest free faces to 宋体 (AR PL UMing) and to 仿宋 / 楷体 (AR PL UKai). */
    public static final List<String> FACE_PACKAGES = List.of("fonts-arphic-uming", "fonts-arphic-ukai");

    /**
     * Installed fonts for the faces a document asks for by class ({@link Face}): the closest free ones. 黑体 has
     * none of its own here: the CJK font (a sans face) stands in, as for any face whose font is missing.
     */
    static final java.util.Map<Face, List<Path>> FACE_CANDIDATES = java.util.Map.of(
            Face.SONG,
            List.of(
                    Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
                    Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf")),
            Face.FANGSONG,
            List.of(
                    Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
                    Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf")),
            Face.KAI,
            List.of(
                    Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
                    Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf")),
            Face.HEI,
            List.of());

    private CjkFont() {}

    /**
     * The font for {@code face}: the configured file (a licensed font, TrueType or a TrueType collection) when given
     * and readable, else the closest free one installed; empty when there is none (the CJK font stands in).
     */
    public static java.util.Optional<Path> locate(Face face, Path configured) {
        if (configured != null && Files.isReadable(configured)) {
            return java.util.Optional.of(configured);
        }
        return FACE_CANDIDATES.get(face).stream().filter(Files::isReadable).findFirst();
    }

    /** A Latin font to embed for letters and digits; empty when none is installed (a standard font is used). */
    public static java.util.Optional<Path> locateLatin() {
        return LATIN_CANDIDATES.stream().filter(Files::isReadable).findFirst();
    }

    /** The configured font file when given (null: none), else an installed one; throws naming what to install. */
    public static Path locate(Path configured) {
        List<Path> tried = new ArrayList<>();
        if (configured != null) {
            if (Files.isReadable(configured)) {
                return configured;
            }
            tried.add(configured);
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
