package org.gongkai.requests;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.gongkai.platform.text.PersonalData;

/** Check characters of Chinese identity numbers, and masking for lists and exports. */
public final class IdNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdNumbers() {}

    /** 居民身份证 number (GB 11643): 17 digits with a valid birth date, then the ISO 7064 MOD 11-2 check character. */
    public static boolean isValidResidentId(String number) {
        if (number == null || !number.matches("\\d{17}[0-9Xx]")) {
            return false;
        }
        try {
            LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return Character.toUpperCase(number.charAt(17)) == residentIdCheck(number.substring(0, 17));
    }

    public static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** 统一社会信用代码 (GB 32100-2015): 18 characters from the code set, the last a MOD 31 check character. */
    public static boolean isValidCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        String upper = code.toUpperCase();
        for (int i = 0; i < 18; i++) {
            if (CREDIT_CHARS.indexOf(upper.charAt(i)) < 0) {
                return false;
            }
        }
        return upper.charAt(17) == creditCodeCheck(upper.substring(0, 17));
    }

    public static char creditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_CHARS.charAt(check == 31 ? 0 : check);
    }

    /** Keeps the first 3 and last 4 characters of an ID number; the rest become *. */
    public static String maskId(String number) {
        return PersonalData.mask(number);
    }

    /** Keeps the first 3 and last 4 digits of a phone number. */
    public static String maskPhone(String phone) {
        return PersonalData.mask(phone);
    }
}
