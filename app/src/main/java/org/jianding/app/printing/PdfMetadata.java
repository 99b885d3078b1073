package org.jianding.app.printing;

/**
 * What a PDF says about itself (document properties and XMP) and the running header printed on every page after
 * the first. The creator is always Jianding and the language zh-CN.
 *
 * @param runningHeader short text at the top of pages 2, 3, …; empty for none
 */
public record PdfMetadata(String title, String author, String subject, String runningHeader) {

    public PdfMetadata {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a PDF needs a title");
        }
        author = author == null ? "" : author.strip();
        subject = subject == null ? "" : subject.strip();
        runningHeader = runningHeader == null ? "" : runningHeader.strip();
    }
}
