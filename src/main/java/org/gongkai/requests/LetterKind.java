package org.gongkai.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * The letters the 条例 requires on a case, each numbered in the unit's sequence with its own word in the number
 * (〔2026〕示住建依申登第1号): the acknowledgement (登记回执), the correction notice (补正告知书, art. 30), the
 * extension notice (延期答复告知书, art. 33), the consultation letter to the third party or agency (征求意见函, art.
 * 32 and 34; not shown to the applicant), the fee notice (收费通知书) and the reply (答复告知书, art. 36).
 */
public enum LetterKind {
    ACKNOWLEDGEMENT("acknowledgement", "依申登", true),
    CORRECTION("correction", "依申补", true),
    EXTENSION("extension", "依申延", true),
    CONSULTATION("consultation", "依申征", false),
    FEE("fee", "依申费", true),
    REPLY("reply", "依申复", true);

    private final String key;
    private final String numberWord;
    private final boolean toApplicant;

    LetterKind(String key, String numberWord, boolean toApplicant) {
        this.key = key;
        this.numberWord = numberWord;
        this.toApplicant = toApplicant;
    }

    /** As stored ({@code request_letter.kind}) and in the messages ({@code letter.kind.<key>}). */
    public String key() {
        return key;
    }

    public String numberWord() {
        return numberWord;
    }

    /** Released to the applicant (the consultation letter goes to the consulted party only). */
    public boolean toApplicant() {
        return toApplicant;
    }

    public static Optional<LetterKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
