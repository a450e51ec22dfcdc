package org.gongkai.requests;

import java.time.LocalDate;

/** Dates as official documents write them (GB/T 9704): 二〇二六年十一月三十日. */
public final class ChineseDates {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDates() {}

    public static String format(LocalDate date) {
        StringBuilder year = new StringBuilder();
        for (char c : String.valueOf(date.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(c - '0'));
        }
        return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 31 → 三十一. */
    static String number(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
        String ones = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
        return tens + "十" + ones;
    }
}
