package org.gongkai.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partial disclosure with real redaction: for a file to be released (PDF, PNG, JPEG) the system proposes areas
 * for ID numbers, mobile numbers and names of natural persons; the handler confirms them and may add areas; the
 * released copy is a new PDF rasterised under the areas, named as redacted, and the original moves out of the
 * files that can be released (kept on the case, internal). Every redaction is audited with its areas.
 */
@Service
public class Redactions {

    /** Where an original goes once its redacted copy exists: kept, never released. */
    public static final String ORIGINAL = "redacted_original";

    private final RequestRepository requests;
    private final AttachmentStore files;
    private final RequestAccess access;
    private final AuditLog audit;
    private final Clock clock;
    /** Proposals (text layer or OCR) and page images per file: the confirmation and each page view reuse them. */
    private final Recent<Long, Scan> scans = new Recent<>(32);

    private final Recent<String, byte[]> pageImages = new Recent<>(48);

    private record Scan(List<double[]> pageSizes, List<RedactionArea> areas) {}

    Redactions(RequestRepository requests, AttachmentStore files, RequestAccess access, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file, its pages' sizes in points, and the proposed areas. */
    public record Proposal(StoredAttachment file, List<double[]> pageSizes, List<RedactionArea> areas) {}

    @Transactional(readOnly = true)
    public Proposal propose(StaffMember staff, long requestId, long fileId) {
        StoredAttachment f = releasable(staff, requestId, fileId);
        Scan scan = scans.get(f.id(), id -> {
            byte[] pdf = asPdf(f);
            try {
                return new Scan(PdfRedactor.pageSizes(pdf), PdfRedactor.propose(pdf));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Proposal(f, scan.pageSizes(), scan.areas());
    }

    /** The page {@code page} (from 1) of the file as PNG, the proposed areas to be drawn over it by the page. */
    @Transactional(readOnly = true)
    public byte[] pageImage(StaffMember staff, long requestId, long fileId, int page) {
        StoredAttachment f = releasable(staff, requestId, fileId);
        return pageImages.get(f.id() + "/" + page, key -> {
            try {
                return PdfRedactor.pagePng(asPdf(f), page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Makes the redacted copy; returns its file id. An area off its page, or none at all, is refused (400). */
    @Transactional
    public long apply(StaffMember staff, long requestId, long fileId, List<RedactionArea> areas) {
        StoredAttachment f = releasable(staff, requestId, fileId);
        byte[] pdf = asPdf(f);
        List<double[]> sizes;
        try {
            sizes = PdfRedactor.pageSizes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (areas.isEmpty()) {
            problems.add(new FieldProblem("areas", "error.redaction.none"));
        }
        for (int i = 0; i < areas.size(); i++) {
            RedactionArea a = areas.get(i);
            boolean onPage = a.page() >= 1 && a.page() <= sizes.size();
            if (!onPage || !a.fits(sizes.get(a.page() - 1)[0], sizes.get(a.page() - 1)[1])) {
                problems.add(new FieldProblem("areas[" + i + "]", "error.redaction.outside", i + 1, a.page()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] redacted;
        try {
            redacted = PdfRedactor.apply(pdf, areas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = f.filename().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") + "（遮盖处理）.pdf";
        long copy = files.add(
                requestId,
                ReplyLetters.RELEASE,
                name,
                "application/pdf",
                redacted,
                false,
                clock.instant(),
                staff.username());
        files.moveTo(requestId, fileId, ORIGINAL);
        audit.record(AuditEvent.by(staff.username(), "request.redact")
                .on("disclosure_request", String.valueOf(requestId))
                .detail("file=" + fileId + " copy=" + copy + " areas=" + areas.size() + " ("
                        + areas.stream()
                                .map(a -> a.kind() + "@p" + a.page() + ":" + Math.round(a.x()) + "," + Math.round(a.y())
                                        + "," + Math.round(a.width()) + "x" + Math.round(a.height()))
                                .collect(Collectors.joining(" "))
                        + ")"));
        return copy;
    }

    private StoredAttachment releasable(StaffMember staff, long requestId, long fileId) {
        DisclosureRequest r =
                requests.find(requestId).orElseThrow(() -> new NotFoundException("error.request.not-found", requestId));
        access.requireChange(staff, r, "redact");
        return files.find(fileId)
                .filter(f -> f.requestId() == requestId && ReplyLetters.RELEASE.equals(f.source()) && !f.released())
                .filter(f -> redactable(f.mediaType()))
                .orElseThrow(() -> new NotFoundException("error.redaction.no-file", fileId));
    }

    /** PDF and the raster images redaction handles. */
    public static boolean redactable(String mediaType) {
        return "application/pdf".equals(mediaType) || "image/png".equals(mediaType) || "image/jpeg".equals(mediaType);
    }

    private byte[] asPdf(StoredAttachment f) {
        byte[] content = files.content(f.id());
        try {
            return "application/pdf".equals(f.mediaType()) ? content : PdfRedactor.imageAsPdf(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
