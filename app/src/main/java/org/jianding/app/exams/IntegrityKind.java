package org.jianding.app.exams;

import java.util.Optional;

/** What the exam page (or the server, for a second device) reports to the proctor. */
public enum IntegrityKind {
    /** Switching to another window or app: counts toward the session's limit. */
    FOCUS_LOST("离开考试页面"),
    /** The page was reloaded, closed or left by a link: recorded, never counted. */
    PAGE_UNLOAD("重新载入或关闭考试页面"),
    FULLSCREEN_EXIT("退出全屏"),
    PASTE("粘贴"),
    SECOND_DEVICE("在另一设备或窗口打开"),
    FOREIGN_SAVE("未经本场考试页面的保存（已拒绝）");

    private final String label;

    IntegrityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kinds a page may report; SECOND_DEVICE and FOREIGN_SAVE are the server's own findings. */
    public static Optional<IntegrityKind> fromPage(String name) {
        for (IntegrityKind k : values()) {
            if (k != SECOND_DEVICE && k != FOREIGN_SAVE && k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
