package org.gongkai.fees;

/**
 * The information-processing fee under 国办函〔2020〕109号《政府信息公开信息处理费管理办法》, both ways progressive
 * (超额累进) and never both for one application:
 * <ul>
 *   <li>by count, per applicant per natural month: applications 1–10 free, 11–30 100 yuan each, then every
 *   further band of ten costs 100 yuan more each (31–40: 200, 41–50: 300, ...);</li>
 *   <li>by pages, per application: up to 30 free, pages 31–100 10 yuan, 101–200 20 yuan, from 201 40 yuan.</li>
 * </ul>
 * A configurable {@link FeeRelief} may reduce or waive the result. Plain Java: usable without Spring.
 */
public final class FeePolicy {

    public static final String BASIS = "国办函〔2020〕109号《政府信息公开信息处理费管理办法》";
    /** A bound far beyond anything real, so arithmetic stays exact and input errors show. */
    public static final int MAX_QUANTITY = 1_000_000;

    private static final int FREE_APPLICATIONS = 10;
    private static final int FIRST_PAID_BAND_END = 30;
    private static final int BAND = 10;
    private static final long STEP_YUAN = 100;

    private static final int[] PAGE_BAND_STARTS = {31, 101, 201};
    private static final long[] PAGE_RATES = {10, 20, 40};

    private final FeeRelief relief;

    public FeePolicy(FeeRelief relief) {
        this.relief = relief == null ? FeeRelief.NONE : relief;
    }

    /** The standard alone, no relief. */
    public FeePolicy() {
        this(FeeRelief.NONE);
    }

    public String basis() {
        return BASIS;
    }

    /** The fee for the {@code n}th application (1-based) of one applicant in one natural month. */
    public long countRate(int n) {
        check(n, 1);
        if (n <= FREE_APPLICATIONS) {
            return 0;
        }
        if (n <= FIRST_PAID_BAND_END) {
            return STEP_YUAN;
        }
        return STEP_YUAN * (2 + (n - FIRST_PAID_BAND_END - 1) / BAND);
    }

    /** The total fee for {@code count} applications by one applicant in one natural month. */
    public long byCount(int count) {
        check(count, 0);
        long total = 0;
        for (int n = FREE_APPLICATIONS + 1; n <= count; n++) {
            total += countRate(n);
        }
        return total;
    }

    /** The fee for one application of {@code pages} pages (or equivalent). */
    public long byPages(int pages) {
        check(pages, 0);
        long total = 0;
        for (int band = 0; band < PAGE_BAND_STARTS.length; band++) {
            int start = PAGE_BAND_STARTS[band];
            int end = band + 1 < PAGE_BAND_STARTS.length ? PAGE_BAND_STARTS[band + 1] - 1 : Integer.MAX_VALUE;
            if (pages >= start) {
                total += (Math.min(pages, end) - start + 1) * PAGE_RATES[band];
            }
        }
        return total;
    }

    /**
     * The quote for one application, charged one way only.
     *
     * @param quantity for BY_COUNT the application's ordinal in the applicant's month; for BY_PAGES its pages
     */
    public FeeQuote quote(FeeMethod method, int quantity, String applicantType) {
        long gross = switch (method) {
            case BY_COUNT -> countRate(quantity);
            case BY_PAGES -> byPages(quantity);
        };
        FeeRelief.Relief r = gross == 0 ? FeeRelief.Relief.NONE : relief.assess(gross, applicantType);
        long off = Math.min(gross, r.yuan());
        return new FeeQuote(method, quantity, gross, off, gross - off, BASIS, off == 0 ? "" : r.basis());
    }

    private static void check(int n, int min) {
        if (n < min || n > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between " + min + " and " + MAX_QUANTITY + ": " + n);
        }
    }
}
