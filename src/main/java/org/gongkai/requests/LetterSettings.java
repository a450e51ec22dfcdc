package org.gongkai.requests;

import org.gongkai.rendering.Face;

/**
 * What a letter says about its issuer: the issuing body's name (when a unit's own row gives it), where to seek
 * reconsideration (60 days) and which court hears a suit (6 months), the contact person and phone, how a fee is
 * paid, and the faces of the title and the body. Kept per government or unit in {@code letter_settings}; missing
 * values are derived from the government's name. The seal image is kept beside it ({@link LetterSettingsStore#seal}).
 */
public record LetterSettings(
        String issuingBody,
        String reconsiderationBody,
        String court,
        String contactPerson,
        String contactPhone,
        String feePayment,
        Face titleFace,
        Face bodyFace) {

    /** {@code this}, with each missing value taken from {@code fallback} (the issuing body is never inherited). */
    LetterSettings or(LetterSettings fallback) {
        return new LetterSettings(
                issuingBody,
                pick(reconsiderationBody, fallback.reconsiderationBody),
                pick(court, fallback.court),
                pick(contactPerson, fallback.contactPerson),
                pick(contactPhone, fallback.contactPhone),
                pick(feePayment, fallback.feePayment),
                titleFace != null ? titleFace : fallback.titleFace,
                bodyFace != null ? bodyFace : fallback.bodyFace);
    }

    public static LetterSettings none() {
        return new LetterSettings(null, null, null, null, null, null, null, null);
    }

    /**
     * 示例县人民政府 → reconsideration by 示例县人民政府, suits before 示例县人民法院; a Song title and a FangSong body
     * (GB/T 9704).
     */
    static LetterSettings derived(String governmentName, String unitName, boolean unitIsGovernment) {
        String place = governmentName.endsWith("人民政府")
                ? governmentName.substring(0, governmentName.length() - "人民政府".length())
                : governmentName;
        return new LetterSettings(
                null,
                unitIsGovernment ? "上一级人民政府" : governmentName,
                place + "人民法院",
                null,
                null,
                "请持本通知书到" + unitName + "政府信息公开工作机构缴纳。",
                Face.SONG,
                Face.FANGSONG);
    }

    private static String pick(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }
}
