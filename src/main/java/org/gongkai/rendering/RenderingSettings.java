package org.gongkai.rendering;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Rendering settings.
 *
 * @param cjkFont a TrueType CJK font for PDFs ({@code gongkai.cjk-font}, environment {@code GONGKAI_CJK_FONT});
 *     when not given an installed one is used ({@link CjkFont})
 * @param faces licensed fonts for the faces letters use, by face key ({@code gongkai.faces.song},
 *     {@code gongkai.faces.fangsong}, {@code gongkai.faces.kai}, {@code gongkai.faces.hei}; environment
 *     {@code GONGKAI_FACES_SONG} …), TrueType or TrueType collections; a face not given uses the closest free font
 *     installed ({@link CjkFont#locate(Face, Path)})
 * @param faceNames the font names DOCX files ask Word for, by face key ({@code gongkai.face-names.song},
 *     environment {@code GONGKAI_FACE_NAMES_SONG} …); a face not given takes the family name of its configured font
 *     file, else the name Chinese offices' Word installs know ({@link FaceNames})
 */
@ConfigurationProperties("gongkai")
public record RenderingSettings(Path cjkFont, Map<String, Path> faces, Map<String, String> faceNames) {

    @ConstructorBinding
    public RenderingSettings {
        if (cjkFont != null && cjkFont.toString().isBlank()) {
            cjkFont = null;
        }
        faces = faces == null ? Map.of() : Map.copyOf(faces);
        faceNames = faceNames == null ? Map.of() : Map.copyOf(faceNames);
    }

    public RenderingSettings(Path cjkFont, Map<String, Path> faces) {
        this(cjkFont, faces, null);
    }

    /** The configured DOCX font name of {@code face}, or null. */
    public String faceName(Face face) {
        String n = faceNames.get(face.key());
        return n == null || n.isBlank() ? null : n.strip();
    }

    /** The configured font of {@code face}, or null. */
    public Path face(Face face) {
        Path p = faces.get(face.key());
        return p == null || p.toString().isBlank() ? null : p;
    }
}
