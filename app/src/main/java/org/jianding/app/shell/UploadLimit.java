package org.jianding.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The largest file an upload may carry ({@code spring.servlet.multipart.max-file-size}), for messages that say it. */
@Component
class UploadLimit {

    private final DataSize maxFileSize;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** As people read it: "20 MB", "64 KB". */
    String text() {
        return maxFileSize.toMegabytes() >= 1 ? maxFileSize.toMegabytes() + " MB" : maxFileSize.toKilobytes() + " KB";
    }

    /** A multipart request larger than the limit, whose form fields (the CSRF token among them) cannot be read. */
    boolean exceededBy(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > maxFileSize.toBytes();
    }
}
