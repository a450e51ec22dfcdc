package org.gongkai.catalog;

import static org.gongkai.catalog.ItemStatus.*;

import java.util.Set;

/**
 * The steps staff take on a catalogue item, each with the statuses it starts from. {@link
 * CatalogItem#allowedSteps} says which ones an actor may take now; the transitions check the same policy and the
 * console item page shows the same set.
 */
public enum CatalogStep {
    REVISE("revise", Set.of(DRAFT)),
    SUBMIT("submit", Set.of(DRAFT)),
    /** The secrecy review (保密审查) passes: by a second person, never the author. */
    APPROVE("approve", Set.of(PENDING_REVIEW)),
    SEND_BACK("send-back", Set.of(PENDING_REVIEW)),
    /**
     * An interpretation that passed its review while its document had not: published with the document, in the
     * same transaction as the document's approval (同步发布).
     */
    PUBLISH_WITH_DOCUMENT("publish-with-document", Set.of(APPROVED)),
    WITHDRAW("withdraw", Set.of(PUBLISHED)),
    /** A published regulation or normative document expires or is repealed. */
    END_VALIDITY("validity", Set.of(PUBLISHED)),
    /**
     * A document (not itself an interpretation) gets an interpretation linked to it: drafted with it (both then
     * go out together) or, once published, an interpretation written later.
     */
    LINK_INTERPRETATION("link-interpretation", Set.of(DRAFT, PENDING_REVIEW, PUBLISHED)),
    ATTACH("attach", Set.of(DRAFT, PENDING_REVIEW, PUBLISHED));

    private final String action;
    private final Set<ItemStatus> from;

    CatalogStep(String action, Set<ItemStatus> from) {
        this.action = action;
        this.from = from;
    }

    /** The key of the step in the history, the audit log ({@code catalog.<key>}) and the messages. */
    public String action() {
        return action;
    }

    public Set<ItemStatus> from() {
        return from;
    }

    /** The two steps of the secrecy review, which the author may not take. */
    boolean isReview() {
        return this == APPROVE || this == SEND_BACK;
    }
}
