package org.gongkai.reportmodel;

import java.util.List;

/** Every table shape of both national formats, with the keys of the JSON contract. */
public final class Layouts {

    public static final String PROACTIVE = "proactive";
    public static final String REQUESTS = "requests";
    public static final String REVIEWS = "reviews";

    /** Applicant columns of the requests table, {@code total} last. */
    public static final List<String> APPLICANT_COLUMNS = List.of(
            "natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total");
    /** The six applicant columns without {@code total}. */
    public static final List<String> APPLICANT_PARTS = APPLICANT_COLUMNS.subList(0, 6);

    /** Outcome rows shared by both formats, before the （六）其他处理 rows. */
    public static final List<String> OUTCOMES_COMMON = List.of(
            "granted",
            "partially_granted",
            "withheld_state_secret",
            "withheld_prohibited_by_law",
            "withheld_security_stability",
            "withheld_third_party",
            "withheld_internal_affairs",
            "withheld_process_info",
            "withheld_enforcement_file",
            "withheld_administrative_query",
            "unable_not_held",
            "unable_needs_creation",
            "unable_unclear",
            "rejected_complaint",
            "rejected_duplicate",
            "rejected_publication",
            "rejected_mass_repeated",
            "rejected_confirmation");

    public static final List<String> OTHER_2019 = List.of("other");
    public static final List<String> OTHER_2021 = List.of("other_no_correction", "other_unpaid_fee", "other_other");

    public static final List<String> REVIEW_ROWS =
            List.of("reconsideration", "litigation_direct", "litigation_after_reconsideration");
    public static final List<String> REVIEW_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    private static final Layout REQUESTS_2019 = requestsLayout(OTHER_2019);
    private static final Layout REQUESTS_2021 = requestsLayout(OTHER_2021);
    private static final Layout REVIEWS_LAYOUT =
            Layout.builder(REVIEWS).rows(REVIEW_ROWS, REVIEW_COLUMNS).build();

    private static final Layout PROACTIVE_2019 = Layout.builder(PROACTIVE)
            .row("regulations", List.of("new_made", "new_published", "total_published"))
            .row("normative_documents", List.of("new_made", "new_published", "total_published"))
            .row("licensing", List.of("items_last_year", "change", "decisions"))
            .row("other_services", List.of("items_last_year", "change", "decisions"))
            .row("penalty", List.of("items_last_year", "change", "decisions"))
            .row("coercion", List.of("items_last_year", "change", "decisions"))
            .row("fees", List.of("items_last_year", "change"))
            .row("procurement", List.of("projects", "amount_10k_yuan"))
            .build();

    private static final Layout PROACTIVE_2021 = Layout.builder(PROACTIVE)
            .row("regulations", List.of("made", "repealed", "in_force"))
            .row("normative_documents", List.of("made", "repealed", "in_force"))
            .row("licensing", List.of("decisions"))
            .row("penalty", List.of("decisions"))
            .row("coercion", List.of("decisions"))
            .row("fees", List.of("amount_10k_yuan"))
            .build();

    private Layouts() {}

    private static Layout requestsLayout(List<String> other) {
        return Layout.builder(REQUESTS)
                .rows(List.of("new_received", "carried_over"), APPLICANT_COLUMNS)
                .rows(OUTCOMES_COMMON, APPLICANT_COLUMNS)
                .rows(other, APPLICANT_COLUMNS)
                .rows(List.of("total", "carried_forward"), APPLICANT_COLUMNS)
                .build();
    }

    public static Layout requests(Template t) {
        return t == Template.T2019 ? REQUESTS_2019 : REQUESTS_2021;
    }

    public static Layout proactive(Template t) {
        return t == Template.T2019 ? PROACTIVE_2019 : PROACTIVE_2021;
    }

    public static Layout reviews() {
        return REVIEWS_LAYOUT;
    }

    /** Outcome rows (granted … the last other* row) of the requests table of {@code t}. */
    public static List<String> outcomeRows(Template t) {
        return Layout.concat(OUTCOMES_COMMON, t == Template.T2019 ? OTHER_2019 : OTHER_2021);
    }
}
