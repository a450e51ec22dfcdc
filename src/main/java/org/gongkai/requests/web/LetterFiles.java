package org.gongkai.requests.web;

import java.nio.charset.StandardCharsets;
import org.gongkai.rendering.DocumentRenderer;
import org.gongkai.requests.Letter;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.StoredAttachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Serves letters as PDF, DOCX or HTML (through the DocumentRenderer) and case files, as downloads. */
@Component
class LetterFiles {

    private final DocumentRenderer renderer;
    private final RequestQueries queries;

    LetterFiles(DocumentRenderer renderer, RequestQueries queries) {
        this.renderer = renderer;
        this.queries = queries;
    }

    ResponseEntity<byte[]> letter(Letter letter, String format) {
        String name = letter.letterNo().replaceAll("[〔〕]", "");
        return switch (format) {
            case "pdf" -> file(renderer.pdf(letter.xhtml()), MediaType.APPLICATION_PDF_VALUE, name + ".pdf");
            case "docx" ->
                file(
                        renderer.docx(letter.xhtml()),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        name + ".docx");
            case "html" ->
                ResponseEntity.ok()
                        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                        .body(letter.xhtml().getBytes(StandardCharsets.UTF_8));
            default -> ResponseEntity.notFound().build();
        };
    }

    ResponseEntity<byte[]> attachment(StoredAttachment a) {
        return file(queries.attachmentContent(a.id()), a.mediaType(), a.filename());
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
