package org.gongkai.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;
import org.springframework.stereotype.Component;

/**
 * Files attached to a case. Optional; at most 5, each at most 10 MB, and of a type recognised from its content
 * (magic bytes), not its name: PDF, JPEG, PNG, Word or plain text; bounded by the platform's upload limits.
 */
@Component
public class Attachments {

    static final int MAX_FILES = 5;
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final Set<UploadType> ALLOWED =
            Set.of(UploadType.PDF, UploadType.JPEG, UploadType.PNG, UploadType.DOCX, UploadType.OLE, UploadType.TEXT);
    private static final UploadLimits LIMITS = UploadLimits.defaults().withMaxBytes(MAX_BYTES);

    private final AttachmentStore store;
    private final Clock clock;

    Attachments(AttachmentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<FieldProblem> check(List<NewAttachment> files) {
        List<FieldProblem> problems = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            problems.add(new FieldProblem("attachments", "error.attachment.too-many", MAX_FILES));
            return problems;
        }
        for (int i = 0; i < files.size(); i++) {
            NewAttachment f = files.get(i);
            String field = "attachments[" + i + "]";
            if (f.content().length == 0) {
                problems.add(new FieldProblem(field, "error.attachment.empty", f.filename()));
            } else if (f.content().length > MAX_BYTES) {
                problems.add(
                        new FieldProblem(field, "error.attachment.too-large", f.filename(), MAX_BYTES / 1024 / 1024));
            } else if (!ALLOWED.contains(detect(f))) {
                problems.add(new FieldProblem(field, "error.attachment.type", f.filename()));
            } else {
                try {
                    Uploads.check(f.filename(), f.content(), LIMITS);
                } catch (UploadRefusedException e) {
                    problems.add(new FieldProblem(field, e.messageCode(), e.messageArgs()));
                }
            }
        }
        return problems;
    }

    /** The media type from the content, never from the name. */
    UploadType detect(NewAttachment f) {
        return Uploads.detect(f.content());
    }

    /** Stores the files; returns their ids in order. */
    List<Long> store(long requestId, String source, List<NewAttachment> files, String by, boolean released) {
        List<Long> ids = new ArrayList<>();
        for (NewAttachment f : files) {
            ids.add(store.add(
                    requestId,
                    source,
                    safeName(f.filename()),
                    detect(f).mediaType(),
                    f.content(),
                    released,
                    clock.instant(),
                    by));
        }
        return ids;
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank() ? "附件" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
