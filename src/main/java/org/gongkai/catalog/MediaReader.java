package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;

/**
 * Checks an interpretation's image, video or sound by its content (never its name): the type must suit the
 * interpretation's form ({@link InterpretationForm#accepts}), the size stays within the limit, images within the
 * platform's pixel bounds, and every file has its text alternative (alt text of an image, what a video or sound
 * says), so that no one is left out.
 */
final class MediaReader {

    static final int MAX_DESCRIPTION = 300;

    record Read(String filename, UploadType type, String description) {}

    private MediaReader() {}

    static Read read(InterpretationForm form, String filename, byte[] content, String description, long maxBytes) {
        String name = AttachmentReader.cleanName(filename);
        String text = description == null ? "" : description.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("description", "catalog.error.media-description"));
        } else if (text.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "catalog.error.media-description-long", MAX_DESCRIPTION));
        }
        UploadType type = null;
        try {
            UploadLimits limits = UploadLimits.defaults().withMaxBytes(maxBytes);
            type = Uploads.check(name, content, limits).type();
            if (form == null || !form.accepts(type)) {
                problems.add(new FieldProblem("file", "catalog.error.media-type"));
            }
        } catch (UploadRefusedException e) {
            problems.addAll(e.asInvalidInput("file").fields());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Read(name, type, text);
    }
}
