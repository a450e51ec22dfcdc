package org.gongkai.requests;

/**
 * What a letter says about its issuer: where to seek reconsideration (60 days) and which court hears a suit (6
 * months), the contact person and phone, and how a fee is paid. Kept per government or unit in
 * {@code letter_settings}; missing values are derived from the government's name.
 */
public record LetterSettings(
        String reconsiderationBody, String court, String contactPerson, String contactPhone, String feePayment) {

    /** {@code this}, with each missing value taken from {@code fallback}. */
    LetterSettings or(LetterSettings fallback) {
        return new LetterSettings(
                pick(reconsiderationBody, fallback.reconsiderationBody),
                pick(court, fallback.court),
                pick(contactPerson, fallback.contactPerson),
                pick(contactPhone, fallback.contactPhone),
                pick(feePayment, fallback.feePayment));
    }

    static LetterSettings none() {
        return new LetterSettings(null, null, null, null, null);
    }

    /** 示例县人民政府 → reconsideration by 示例县人民政府, suits before 示例县人民法院. */
    static LetterSettings derived(String governmentName, String unitName, boolean unitIsGovernment) {
        String place = governmentName.endsWith("人民政府")
                ? governmentName.substring(0, governmentName.length() - "人民政府".length())
                : governmentName;
        return new LetterSettings(
                unitIsGovernment ? "上一级人民政府" : governmentName,
                place + "人民法院",
                null,
                null,
                "请持本通知书到" + unitName + "政府信息公开工作机构缴纳。");
    }

    private static String pick(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }
}
