package org.jianding.bank.interchange;

/**
 * A file refused as a whole: not a format we read, damaged, or hostile. The {@link Reason} lets an application say it
 * in its user's language; the message is Chinese, for logs and callers without translations. Nothing of such a file
 * is imported.
 */
public class InterchangeException extends Exception {

    /** Why the file was refused. */
    public enum Reason {
        /** None of the formats we read. */
        NOT_RECOGNISED,
        /** Larger than the upload limit; the detail is the limit. */
        TOO_LARGE,
        /** A package with more entries than allowed; the detail is the limit. */
        TOO_MANY_ENTRIES,
        /** An entry or the whole package expands beyond the limit: a zip bomb, or close to one. */
        ZIP_BOMB,
        /** An entry name leaves the package ({@code ../}, absolute, drive letters); the detail is the name. */
        UNSAFE_PATH,
        /** A reference to something outside the package (http:, file:, absolute or escaping paths). */
        EXTERNAL_HREF,
        /** An XML document with a DOCTYPE (where external entities and entity bombs live). */
        DOCTYPE,
        /** A package whose manifest names a file that is not in it; the detail is the href. */
        MISSING_FILE,
        /** XML or a zip that cannot be read; the detail says where. */
        CORRUPT
    }

    private final Reason reason;
    private final String detail;

    public InterchangeException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public InterchangeException(Reason reason, String detail, Throwable cause) {
        super(chinese(reason, detail), cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The limit, entry name or href concerned; may be null. */
    public String detail() {
        return detail;
    }

    private static String chinese(Reason reason, String detail) {
        return switch (reason) {
            case NOT_RECOGNISED -> "无法识别文件格式";
            case TOO_LARGE -> "文件超过大小上限 " + detail;
            case TOO_MANY_ENTRIES -> "压缩包内文件数超过上限 " + detail;
            case ZIP_BOMB -> "压缩包解压后异常巨大，已拒绝";
            case UNSAFE_PATH -> "压缩包内的路径「" + detail + "」指向包外，已拒绝";
            case EXTERNAL_HREF -> "文件引用了包外的资源「" + detail + "」，已拒绝";
            case DOCTYPE -> "XML 文件含 DOCTYPE 声明（可能引用外部实体），已拒绝";
            case MISSING_FILE -> "清单中列出的文件「" + detail + "」不在压缩包内";
            case CORRUPT -> "文件已损坏，无法读取" + (detail == null ? "" : "：" + detail);
        };
    }
}
