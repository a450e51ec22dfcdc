package org.gongkai.requests;

import static org.gongkai.requests.Article.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How an application ends, one of the rows of the 2021 annual-report format (国办公开办函〔2021〕30号), with the
 * provisions of the 条例 such a reply may rest on (the first is the usual one). A named policy per row.
 */
public enum Outcome {
    GRANTED("granted", A36_2, A36_1),
    PARTIALLY_GRANTED("partially_granted", A37, A36_3),
    WITHHELD_STATE_SECRET("withheld_state_secret", A14, A36_3),
    WITHHELD_PROHIBITED_BY_LAW("withheld_prohibited_by_law", A14, A36_3),
    WITHHELD_SECURITY_STABILITY("withheld_security_stability", A14, A36_3),
    WITHHELD_THIRD_PARTY("withheld_third_party", A15, A36_3),
    WITHHELD_INTERNAL_AFFAIRS("withheld_internal_affairs", A16_1, A36_3),
    WITHHELD_PROCESS_INFO("withheld_process_info", A16_2, A36_3),
    WITHHELD_ENFORCEMENT_FILE("withheld_enforcement_file", A16_2, A36_3),
    WITHHELD_ADMINISTRATIVE_QUERY("withheld_administrative_query", A36_7),
    UNABLE_NOT_HELD("unable_not_held", A36_4, A36_5),
    UNABLE_NEEDS_CREATION("unable_needs_creation", A38),
    UNABLE_UNCLEAR("unable_unclear", A30),
    REJECTED_COMPLAINT("rejected_complaint", A39_1),
    REJECTED_DUPLICATE("rejected_duplicate", A36_6),
    REJECTED_PUBLICATION("rejected_publication", A39_2),
    REJECTED_MASS_REPEATED("rejected_mass_repeated", A35),
    REJECTED_CONFIRMATION("rejected_confirmation", A36_6, A39_1),
    OTHER_NO_CORRECTION("other_no_correction", A30),
    OTHER_UNPAID_FEE("other_unpaid_fee", A42),
    OTHER_OTHER("other_other", A36_2, A36_1, A36_3, A36_4, A36_5, A36_6, A36_7);

    private final String key;
    private final List<Article> articles;

    Outcome(String key, Article... articles) {
        this.key = key;
        this.articles = List.of(articles);
    }

    public String key() {
        return key;
    }

    /** Provisions a reply with this outcome may cite; the first is proposed by default. */
    public List<Article> articles() {
        return articles;
    }

    public Article defaultArticle() {
        return articles.getFirst();
    }

    public boolean allows(Article article) {
        return articles.contains(article);
    }

    /** 其他处理 1 and 2 are not chosen by a handler: they follow from a correction or fee period running out. */
    public boolean isClosureByExpiry() {
        return this == OTHER_NO_CORRECTION || this == OTHER_UNPAID_FEE;
    }

    /** Withholds all or part of what was asked for: the letter must give the handler's reasons (art. 36 (3)). */
    public boolean withholds() {
        return this == PARTIALLY_GRANTED || key.startsWith("withheld_");
    }

    /**
     * The provision named in an API body: {@code A37}, {@code 37}, {@code 36_2}, {@code 36-2} or {@code 36} (the
     * first provision of that article this outcome may cite).
     */
    public Optional<Article> article(String given) {
        if (given == null || given.isBlank()) {
            return Optional.of(defaultArticle());
        }
        String n = given.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        String name = n.startsWith("A") ? n : "A" + n;
        return articles.stream()
                .filter(a -> a.name().equals(name) || a.name().startsWith(name + "_"))
                .findFirst();
    }

    /** The rows a handler picks from when replying. */
    public static List<Outcome> replyOutcomes() {
        return Arrays.stream(values()).filter(o -> !o.isClosureByExpiry()).toList();
    }

    public static Optional<Outcome> fromKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }
}
