package org.gongkai.platform.uploads;

import org.gongkai.platform.uploads.UploadRefusedException.Reason;

/**
 * The one way every upload path reads a file: its type from its content, then its cost bounded before and while
 * it is parsed (see {@link UploadLimits}). Plain Java, so the command line uses it too.
 */
public final class Uploads {

    /** A file that passed the checks, with its type. */
    public record Checked(String fileName, byte[] content, UploadType type) {}

    /** What a path does with a checked file; may throw its own checked exception. */
    @FunctionalInterface
    public interface Parser<T, E extends Exception> {
        T parse(Checked upload) throws E;
    }

    private Uploads() {}

    /** The type by content; no limit is checked. */
    public static UploadType detect(byte[] content) {
        return UploadTypes.detect(content == null ? new byte[0] : content);
    }

    /**
     * Checks the file against the limits: its size, and by type the inflated size, entries and XML elements of
     * a zip container, the pages of a PDF, the pixels of an image. Runs within the time budget.
     */
    public static Checked check(String fileName, byte[] content, UploadLimits limits) {
        return read(fileName, content, limits, upload -> upload);
    }

    /** Checks the file and, within the same time budget, parses it; a refusal names the file and the limit. */
    public static <T, E extends Exception> T read(
            String fileName, byte[] content, UploadLimits limits, Parser<T, E> parser) throws E {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName;
        if (content == null || content.length == 0) {
            throw new UploadRefusedException(Reason.EMPTY, name);
        }
        if (content.length > limits.maxBytes()) {
            throw new UploadRefusedException(Reason.TOO_LARGE, name, limits.maxBytesInMb());
        }
        try {
            return BoundedParsing.run(name, limits.parseBudget(), () -> parser.parse(inspect(name, content, limits)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw Uploads.<E>sneaky(e);
        }
    }

    private static Checked inspect(String name, byte[] content, UploadLimits limits) {
        UploadType type = UploadTypes.detect(content);
        if (type.isZip()) {
            ZipBounds.check(name, content, limits);
        } else if (type == UploadType.PDF) {
            PdfBounds.check(name, content, limits);
        } else if (type.isImage()) {
            ImageBounds.check(name, content, limits);
        }
        return new Checked(name, content, type);
    }

    /** The parser's own checked exception, rethrown as it was (the parser may only throw {@code E}). */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E sneaky(Exception e) throws E {
        throw (E) e;
    }
}
