package org.gongkai.org;

import java.util.Set;

/**
 * A leaver's work handed to a colleague in one step (published inside that step's transaction): the colleague now
 * handles for every unit of the leaver ({@code units}); modules hand over what is personal to the leaver (drafts
 * they wrote) and record what changed hands.
 */
public record StaffHandedOver(String leaver, String colleague, Set<String> units, String reason, String by) {}
