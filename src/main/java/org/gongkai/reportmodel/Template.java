package org.gongkai.reportmodel;

import java.util.Optional;

/** The two national annual-report formats. */
public enum Template {
    /** 国办公开办函〔2019〕60号 trial format, for reports on 2019 and 2020. */
    T2019("2019"),
    /** 国办公开办函〔2021〕30号 format, for reports on 2021 onwards. */
    T2021("2021");

    private final String code;

    Template(String code) {
        this.code = code;
    }

    /** The contract value: "2019" or "2021". */
    public String code() {
        return code;
    }

    /** The format a report on {@code year} must use. */
    public static Template forYear(int year) {
        return year <= 2020 ? T2019 : T2021;
    }

    public static Optional<Template> ofCode(String code) {
        for (Template t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
