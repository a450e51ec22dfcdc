package org.gongkai.rendering;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rendering settings.
 *
 * @param cjkFont a TrueType CJK font for PDFs ({@code gongkai.cjk-font}, environment {@code GONGKAI_CJK_FONT});
 *     when not given an installed one is used ({@link CjkFont})
 */
@ConfigurationProperties("gongkai")
public record RenderingSettings(Path cjkFont) {

    public RenderingSettings {
        if (cjkFont != null && cjkFont.toString().isBlank()) {
            cjkFont = null;
        }
    }
}
