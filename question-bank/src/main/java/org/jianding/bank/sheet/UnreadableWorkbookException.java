package org.jianding.bank.sheet;

/**
 * The upload as a whole cannot be read, so there are no cells to report on. The {@link Reason} lets an application
 * say it in its user's language; the message is Chinese, for logs and for callers without translations.
 */
public class UnreadableWorkbookException extends Exception {

    /** Why the file was refused. */
    public enum Reason {
        /** Not an Office Open XML spreadsheet nor a CSV file: a zip, a Word file or anything else renamed to .xlsx. */
        NOT_XLSX,
        /** The old binary .xls format, which we do not parse. */
        LEGACY_XLS,
        /** Protected with a password. */
        ENCRYPTED,
        /** Larger than {@link SheetLimits#maxBytes()}. */
        TOO_LARGE,
        /** Expands far beyond its size or beyond {@link SheetLimits#maxEntrySize()}: a zip bomb, or close to one. */
        ZIP_BOMB,
        /** The sheet has more rows than {@link SheetLimits#maxRows()}. */
        TOO_MANY_ROWS,
        /** The sheet the importer reads is absent; the detail is its name. */
        SHEET_MISSING,
        /** A damaged file. */
        CORRUPT,
        /** A CSV file whose text is neither UTF-8 nor GBK (nor UTF-16 with its mark). */
        CSV_ENCODING
    }

    private final Reason reason;
    private final String detail;

    public UnreadableWorkbookException(Reason reason, String detail, Throwable cause) {
        super(chinese(reason, detail), cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The limit that was exceeded or the sheet that is missing; may be null. */
    public String detail() {
        return detail;
    }

    private static String chinese(Reason reason, String detail) {
        return switch (reason) {
            case NOT_XLSX -> "文件不是 Excel .xlsx 工作簿";
            case LEGACY_XLS -> "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx";
            case ENCRYPTED -> "工作簿设置了密码，请取消密码后再上传";
            case TOO_LARGE -> "文件超过大小上限 " + detail;
            case ZIP_BOMB -> "文件解压后异常巨大，已拒绝";
            case TOO_MANY_ROWS -> "工作表行数超过上限 " + detail;
            case SHEET_MISSING -> "缺少工作表“" + detail + "”";
            case CORRUPT -> "文件已损坏，无法读取";
            case CSV_ENCODING -> "CSV 文件的编码无法识别，请另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再上传";
        };
    }
}
