package org.gongkai.annualreport;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import org.gongkai.rendering.DocumentRenderer;
import org.springframework.stereotype.Service;

/**
 * The rendered forms (html, docx, pdf) of a unit-year's report as the public gets them. A published report is
 * frozen, so each form is rendered once per publication and then served from {@link RenderedReportStore}; a new
 * publication is a new snapshot and is rendered afresh. Live drafts are rendered on every request, at most a few
 * at once ({@link RenderingSlots}).
 */
@Service
public class RenderedReports {

    private final PublicReports reports;
    private final DocumentRenderer renderer;
    private final RenderedReportStore store;
    private final RenderingSlots slots;

    public RenderedReports(
            PublicReports reports, DocumentRenderer renderer, RenderedReportStore store, RenderingSlots slots) {
        this.reports = reports;
        this.renderer = renderer;
        this.store = store;
        this.slots = slots;
    }

    /** The report in {@code format} ({@code html}, {@code docx} or {@code pdf}). */
    public byte[] render(String unitCode, int year, String format) {
        // the snapshot id first: if a publication lands in between, newer bytes are kept under the older id,
        // which is no longer asked for; never older bytes under the newer id
        OptionalLong published = store.currentPublished(unitCode, year);
        if (published.isPresent()) {
            Optional<byte[]> kept = store.find(published.getAsLong(), format);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        PublicReports.Document d = reports.document(unitCode, year);
        byte[] bytes = renderNow(d, format);
        if (d.published() && published.isPresent()) {
            store.store(published.getAsLong(), format, bytes);
        }
        return bytes;
    }

    private byte[] renderNow(PublicReports.Document d, String format) {
        String xhtml = reports.xhtml(d);
        if ("html".equals(format)) {
            return xhtml.getBytes(StandardCharsets.UTF_8);
        }
        try (RenderingSlots.Slot slot = slots.acquire()) {
            return "pdf".equals(format) ? renderer.pdf(xhtml) : renderer.docx(xhtml);
        }
    }
}
