package org.gongkai.requests;

import java.util.List;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.text.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of past cases: the government's answered cases, searchable by outcome and topic, with the
 * applicant's data removed (their names wherever they occur, ID, phone and e-mail patterns) so that any staff
 * member of the government may learn from how a case was answered.
 */
@Service
public class CaseLibrary {

    public static final int PAGE = 20;
    private final RequestRepository requests;
    private final UnitDirectory units;

    CaseLibrary(RequestRepository requests, UnitDirectory units) {
        this.requests = requests;
        this.units = units;
    }

    /** One page of matching cases and how many match in all. */
    public record Page(List<PastCase> cases, long total) {}

    @Transactional(readOnly = true)
    public Page search(StaffMember staff, Outcome outcome, String topic, int page) {
        var government = units.subtree(units.governmentOf(staff.unitCode()).code()).stream()
                .map(Unit::code)
                .collect(java.util.stream.Collectors.toSet());
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        PastCase.Filter f = new PastCase.Filter(government, outcome, t, Math.max(0, page) * PAGE, PAGE);
        List<PastCase> cases =
                requests.answered(f).stream().map(CaseLibrary::anonymised).toList();
        return new Page(cases, requests.countAnswered(f));
    }

    static PastCase anonymised(PastCase.Stored s) {
        return new PastCase(
                s.id(),
                s.unitCode(),
                s.outcome(),
                s.article(),
                s.replyDate(),
                PersonalData.redact(s.description(), s.names()),
                PersonalData.redact(s.letterBody(), s.names()));
    }
}
