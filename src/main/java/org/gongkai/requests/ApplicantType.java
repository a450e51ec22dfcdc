package org.gongkai.requests;

import java.util.Arrays;
import java.util.Optional;

/** Who applies, exactly as the annual report's columns count them (ogi-rules §2). */
public enum ApplicantType {
    NATURAL_PERSON("natural_person"),
    COMMERCIAL("commercial"),
    RESEARCH("research"),
    PUBLIC_INTEREST("public_interest"),
    LEGAL_SERVICE("legal_service"),
    OTHER_ORG("other_org");

    private final String key;

    ApplicantType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }

    public static Optional<ApplicantType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
