package org.jianding.app.printing;

/** A PDF could not be produced: a bug in the layout or an unreadable resource, never the caller's content. */
public class PdfRenderingException extends RuntimeException {

    public PdfRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
