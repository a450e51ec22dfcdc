package org.gongkai.voice;

import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.Refusal;

/**
 * Who keeps the voice records: the disclosure office (reviewers and administrators). Anyone else is refused; the
 * web edge records the refusal as {@code denied.<action>}.
 */
final class VoiceAccess {

    private VoiceAccess() {}

    static void requireOffice(StaffMember staff, String action, String entity, Object id) {
        if (!staff.isReviewer()) {
            throw new ForbiddenException(Refusal.of(action, entity, id, staff.unitCode()), "voice.error.office-only");
        }
    }
}
