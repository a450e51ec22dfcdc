package org.gongkai.rendering;

/**
 * Turns one XHTML document (headings, paragraphs, tables with rowspan and colspan) into the files people
 * download: PDF with an embedded CJK font, so that its text extracts as Chinese, and DOCX with real Word
 * tables. Letters and annual reports are written once, as Thymeleaf templates, and rendered through this.
 */
public interface DocumentRenderer {

    byte[] pdf(String xhtml);

    byte[] docx(String xhtml);
}
