package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Postal delivery of the letters: the handler who posts a letter to the address the applicant gave records the
 * registered mail number and the day it was posted; the applicant sees both on the tracking page. (The day the
 * fee notice was signed for is the step {@link RequestStep#FEE_RECEIVED}.)
 */
@Service
public class LetterMailing {

    private static final Pattern MAIL_NUMBER = Pattern.compile("[A-Za-z0-9-]{6,40}");
    private final RequestRepository requests;
    private final LetterStore letters;
    private final RequestAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LetterMailing(RequestRepository requests, LetterStore letters, RequestAccess access, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.letters = letters;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A posting checked and ready to record: the letter, the address it went to, the number and the day. */
    public record Posting(Letter letter, String address, LetterMail mail) {}

    /**
     * What recording the posting would store, checked as the recording checks it, and stored nowhere: the posting
     * is a legal act (the letter's delivery runs from it), so staff see it before it is recorded.
     */
    @Transactional(readOnly = true)
    public Posting previewPosting(
            StaffMember staff, long requestId, long letterId, String mailNumber, LocalDate postedOn) {
        return checked(staff, requestId, letterId, mailNumber, postedOn);
    }

    @Transactional
    public void recordPosting(StaffMember staff, long requestId, long letterId, String mailNumber, LocalDate postedOn) {
        Posting p = checked(staff, requestId, letterId, mailNumber, postedOn);
        letters.recordMail(p.mail(), clock.instant());
        DisclosureRequest r = requests.find(requestId).orElseThrow();
        audit.record(AuditEvent.by(staff.username(), "request.record-mail")
                .on("disclosure_request", String.valueOf(requestId))
                .inUnit(r.intake().unitCode())
                .detail("letter=" + p.letter().letterNo() + " mail=" + p.mail().mailNumber() + " posted="
                        + p.mail().postedOn()));
    }

    private Posting checked(StaffMember staff, long requestId, long letterId, String mailNumber, LocalDate postedOn) {
        DisclosureRequest r =
                requests.find(requestId).orElseThrow(() -> new NotFoundException("error.request.not-found", requestId));
        access.requireChange(staff, r, "record-mail");
        Letter letter = letters.find(letterId)
                .filter(l -> l.requestId() == requestId && l.released())
                .orElseThrow(() -> new NotFoundException("error.request.not-found", letterId));
        if (letters.mailFor(requestId).containsKey(letterId)) {
            throw new ConflictException("error.request.mail-recorded");
        }
        LocalDate today = LocalDate.now(clock);
        String number = mailNumber == null ? "" : mailNumber.strip().replace(" ", "");
        List<FieldProblem> problems = new ArrayList<>();
        if (number.isEmpty()) {
            problems.add(new FieldProblem("mailNumber", "error.text.required"));
        } else if (!MAIL_NUMBER.matcher(number).matches()) {
            problems.add(new FieldProblem("mailNumber", "error.request.mail-number"));
        }
        LocalDate posted = postedOn == null ? today : postedOn;
        if (posted.isAfter(today) || posted.isBefore(letter.issuedOn())) {
            problems.add(new FieldProblem(
                    "postedOn",
                    "error.request.mail-posted-on",
                    letter.issuedOn().toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Posting(
                letter, r.intake().applicant().address(), new LetterMail(letterId, number, posted, staff.username()));
    }

    /** The posting records of a case's letters, by letter id. */
    public Map<Long, LetterMail> postings(long requestId) {
        return letters.mailFor(requestId);
    }
}
