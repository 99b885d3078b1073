package org.jianding.app.shell;

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
}
