package org.gongkai.platform.uploads;

import java.time.Duration;

/**
 * How much one upload may cost the server: bytes as sent, bytes once a zip container (docx, xlsx) is inflated,
 * zip entries, XML elements in its parts, PDF pages, image pixels (read from the header, before decoding), and
 * the wall-clock time its parsing may take.
 */
public record UploadLimits(
        long maxBytes,
        long maxInflatedBytes,
        int maxEntries,
        long maxXmlElements,
        int maxPages,
        long maxPixels,
        Duration parseBudget) {

    private static final long MB = 1024L * 1024;

    /** The platform's defaults: 20 MB, 50 MB inflated, 2,000 entries, 1,000,000 elements, 2,000 pages, 50 MP, 10 s. */
    public static UploadLimits defaults() {
        return new UploadLimits(20 * MB, 50 * MB, 2_000, 1_000_000, 2_000, 50_000_000L, Duration.ofSeconds(10));
    }

    public UploadLimits withMaxBytes(long bytes) {
        return new UploadLimits(bytes, maxInflatedBytes, maxEntries, maxXmlElements, maxPages, maxPixels, parseBudget);
    }

    public UploadLimits withMaxPages(int pages) {
        return new UploadLimits(maxBytes, maxInflatedBytes, maxEntries, maxXmlElements, pages, maxPixels, parseBudget);
    }

    public UploadLimits withParseBudget(Duration budget) {
        return new UploadLimits(maxBytes, maxInflatedBytes, maxEntries, maxXmlElements, maxPages, maxPixels, budget);
    }

    public long maxBytesInMb() {
        return Math.max(1, maxBytes / MB);
    }

    long maxInflatedInMb() {
        return Math.max(1, maxInflatedBytes / MB);
    }
}
