package org.gongkai.requests;

/** The periods the 条例 and the fee measures set, in working days, each with the provision it rests on. */
public final class StatutoryPeriods {

    /** Art. 33: reply within 20 working days after receipt (the receipt day not counted). */
    public static final int REPLY = 20;
    /** Art. 33: one extension of at most 20 working days. */
    public static final int MAX_EXTENSION = 20;
    /** Art. 30: a correction must be asked for within 7 working days of receipt. */
    public static final int CORRECTION_WINDOW = 7;
    /** Art. 30: "a reasonable period" for the applicant to correct; proposed default, the handler may change it. */
    public static final int DEFAULT_CORRECTION_PERIOD = 15;
    /** Art. 32: a third party has 15 working days to give its opinion; art. 34 the same for another agency. */
    public static final int CONSULTATION = 15;
    /** 国办函〔2020〕109号: 20 working days from the day after receiving a fee notice to pay. */
    public static final int FEE_PAYMENT = 20;

    private StatutoryPeriods() {}
}
