package org.gongkai.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Files attached to a case. Optional; at most 5, each at most 10 MB, and of a type recognised from its content
 * (magic bytes), not its name: PDF, JPEG, PNG, Word or plain text.
 */
@Component
public class Attachments {

    static final int MAX_FILES = 5;
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/x-tika-ooxml",
            "application/msword",
            "application/x-tika-msoffice",
            "text/plain");

    private final AttachmentStore store;
    private final Clock clock;
    private final Tika tika = new Tika();

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
            }
        }
        return problems;
    }

    /** The type from the content; the name only refines a container (e.g. a ZIP that is a .docx). */
    String detect(NewAttachment f) {
        String byContent = tika.detect(f.content());
        if ("application/x-tika-ooxml".equals(byContent) || "application/zip".equals(byContent)) {
            String byBoth = tika.detect(f.content(), f.filename());
            return byBoth.startsWith("application/vnd.openxmlformats") ? byBoth : byContent;
        }
        return byContent;
    }

    void store(long requestId, String source, List<NewAttachment> files, String by, boolean released) {
        for (NewAttachment f : files) {
            store.add(requestId, source, safeName(f.filename()), detect(f), f.content(), released, clock.instant(), by);
        }
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank() ? "附件" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
