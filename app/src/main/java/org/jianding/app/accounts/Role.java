package org.jianding.app.accounts;

import java.util.Arrays;
import java.util.Optional;

/** The seven roles of Jianding. A user may hold several; authorities are {@code ROLE_<name>}. */
public enum Role {
    CANDIDATE("考生"),
    AUTHOR("命题"),
    EXAM_ADMIN("考务"),
    GRADER("阅卷"),
    OFFICER("认证"),
    ASSESSOR("评估"),
    ADMIN("系统管理");

    private final String shortName;

    Role(String shortName) {
        this.shortName = shortName;
    }

    /** The short Chinese name used in spreadsheets (考生, 命题, 考务, 阅卷, 认证, 评估, 系统管理). */
    public String shortName() {
        return shortName;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Reads a role as written in a spreadsheet: its short Chinese name or its enum name. */
    public static Optional<Role> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(r -> r.shortName.equals(t) || r.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
