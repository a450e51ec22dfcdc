package org.gongkai.rendering;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rendering settings.
 *
 * @param cjkFont a TrueType CJK font for PDFs ({@code gongkai.cjk-font}, environment {@code GONGKAI_CJK_FONT});
 *     when not given an installed one is used ({@link CjkFont})
 * @param faces licensed fonts for the faces letters use, by face key ({@code gongkai.faces.song},
 *     {@code gongkai.faces.fangsong}, {@code gongkai.faces.kai}, {@code gongkai.faces.hei}; environment
 *     {@code GONGKAI_FACES_SONG} …), TrueType or TrueType collections; a face not given uses the closest free font
 *     installed ({@link CjkFont#locate(Face, Path)})
 */
@ConfigurationProperties("gongkai")
public record RenderingSettings(Path cjkFont, Map<String, Path> faces) {

    public RenderingSettings {
        if (cjkFont != null && cjkFont.toString().isBlank()) {
            cjkFont = null;
        }
        faces = faces == null ? Map.of() : Map.copyOf(faces);
    }

    /** The configured font of {@code face}, or null. */
    public Path face(Face face) {
        Path p = faces.get(face.key());
        return p == null || p.toString().isBlank() ? null : p;
    }
}
