package org.jianding.app.sittings;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A card reader's CSV export as a {@link ScoreGrid}. The encoding is decided by content: a UTF-8 byte-order mark or
 * bytes that decode as strict UTF-8 are UTF-8, anything else must decode as strict GBK (what most answer-card readers
 * in China write); the separator is the comma, or the tab or semicolon when the first line holds more of those.
 * Quotes follow RFC 4180. Limits on rows and columns are checked while reading.
 */
final class CsvScoreGrid implements ScoreGrid {

    /** Why a CSV could not be read at all. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static final Charset GBK = Charset.forName("GBK");

    private final List<List<String>> rows;
    private final String encoding;

    private CsvScoreGrid(List<List<String>> rows, String encoding) {
        this.rows = rows;
        this.encoding = encoding;
    }

    static CsvScoreGrid read(byte[] bytes, int maxRows, int maxColumns) throws Unreadable {
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            text = decode(bytes, 3, StandardCharsets.UTF_8);
            encoding = "UTF-8";
        } else {
            text = decode(bytes, 0, StandardCharsets.UTF_8);
            encoding = "UTF-8";
            if (text == null) {
                text = decode(bytes, 0, GBK);
                encoding = "GBK";
            }
        }
        if (text == null) {
            throw new Unreadable("文件既不是 UTF-8 也不是 GBK 编码的文本，请另存为 CSV（UTF-8 或 GBK）或 .xlsx 后重新上传");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("文件含有二进制内容，不是 CSV 文本");
        }
        return new CsvScoreGrid(parse(text, separator(text), maxRows, maxColumns), encoding);
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<List<String>> parse(String text, char separator, int maxRows, int maxColumns)
            throws Unreadable {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                add(row, cell, maxColumns, rows.size());
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                add(row, cell, maxColumns, rows.size());
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > maxRows) {
                    throw new Unreadable("文件超过 " + maxRows + " 行的上限");
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("第 " + (rows.size() + 1) + " 行的引号没有闭合");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            add(row, cell, maxColumns, rows.size());
            rows.add(row);
        }
        if (rows.size() > maxRows) {
            throw new Unreadable("文件超过 " + maxRows + " 行的上限");
        }
        return rows;
    }

    private static void add(List<String> row, StringBuilder cell, int maxColumns, int rowIndex) throws Unreadable {
        if (row.size() >= maxColumns) {
            throw new Unreadable("第 " + (rowIndex + 1) + " 行超过 " + maxColumns + " 列的上限");
        }
        row.add(cell.toString());
        cell.setLength(0);
    }

    /** UTF-8 or GBK, as read. */
    String encoding() {
        return encoding;
    }

    @Override
    public String sheetName() {
        return "CSV";
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public int columnCount(int row) {
        return row < rows.size() ? rows.get(row).size() : 0;
    }

    @Override
    public String text(int row, int column) {
        if (row >= rows.size() || column >= rows.get(row).size()) {
            return null;
        }
        String t = rows.get(row).get(column).strip();
        return t.isEmpty() ? null : t;
    }
}
