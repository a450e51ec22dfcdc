package org.gongkai.rendering;

import java.util.Arrays;
import java.util.Optional;

/**
 * The type faces a document may ask for by class ({@code class="face-song"} and so on): 宋体 for titles and 仿宋 for
 * the body of official letters (GB/T 9704), 楷体 and 黑体. PDFs embed the font configured for each face or the
 * closest free one installed ({@link CjkFont#locate(Face, java.nio.file.Path)}).
 */
public enum Face {
    SONG("song"),
    FANGSONG("fangsong"),
    KAI("kai"),
    HEI("hei");

    private final String key;

    Face(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The classes a document puts on an element to set it in this face (the first marks any face). */
    public String cssClass() {
        return "face face-" + key;
    }

    public static Optional<Face> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
