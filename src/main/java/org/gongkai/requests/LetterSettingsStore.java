package org.gongkai.requests;

import java.time.Instant;
import java.util.Optional;

/** Where the letter settings of governments and units are kept, each save a new version. */
public interface LetterSettingsStore {

    Optional<LetterSettings> find(String code);

    /** The seal image (PNG) of the government or unit, if one was given. */
    Optional<byte[]> seal(String code);

    /** The current version number; 0 when nothing was saved. */
    int version(String code);

    /** Saves a new version (the seal as given, null: none) and returns its number. */
    int save(String code, LetterSettings settings, byte[] sealPng, String by, Instant at);
}
