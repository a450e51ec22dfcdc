package org.gongkai.requests;

import java.util.Optional;

/** Where the letter settings of governments and units are kept. */
public interface LetterSettingsStore {

    Optional<LetterSettings> find(String code);

    void save(String code, LetterSettings settings);
}
