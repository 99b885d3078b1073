package org.jianding.bank.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.bank.sheet.UnreadableWorkbookException.Reason;

/**
 * An uploaded workbook, opened defensively. The format is decided by content, never by the file name: a zip, an old
 * .xls or a Word file renamed to .xlsx are refused, and a CSV file too unless the reader asks for it
 * ({@link #readAllowingCsv}). The size is bounded while reading, zip entries are
 * checked against {@link SheetLimits} as they expand, and no formula is ever evaluated (see {@link SheetRow}).
 *
 * <p>POI's zip-bomb limits are JVM-wide settings, so they are set and the zip is expanded under one lock; the XML
 * is parsed outside it.
 */
public final class XlsxUpload implements AutoCloseable {

    private static final Object ZIP_LIMITS = new Object();

    private final XSSFWorkbook workbook;
    private final SheetLimits limits;
    private final SheetReport report;

    private XlsxUpload(XSSFWorkbook workbook, byte[] bytes, SheetLimits limits, SheetMessages messages) {
        this.workbook = workbook;
        this.limits = limits;
        this.report = new SheetReport(bytes, limits, messages);
    }

    /** Reads an upload with the problems worded in Chinese. */
    public static XlsxUpload read(InputStream in, SheetLimits limits) throws UnreadableWorkbookException, IOException {
        return read(in, limits, SheetMessages.CHINESE);
    }

    public static XlsxUpload read(InputStream in, SheetLimits limits, SheetMessages messages)
            throws UnreadableWorkbookException, IOException {
        byte[] bytes = readAtMost(in, limits.maxBytes());
        return new XlsxUpload(open(bytes, limits), bytes, limits, messages);
    }

    /**
     * Like {@link #read(InputStream, SheetLimits, SheetMessages)}, also taking a CSV file ({@link CsvText}) as a
     * one-sheet workbook named {@code CSV}; a CSV whose encoding cannot be told is refused with {@code CSV_ENCODING}.
     */
    public static XlsxUpload readAllowingCsv(InputStream in, SheetLimits limits, SheetMessages messages)
            throws UnreadableWorkbookException, IOException {
        byte[] bytes = readAtMost(in, limits.maxBytes());
        var csv = CsvText.read(bytes);
        if (csv.isPresent()) {
            bytes = CsvWorkbook.xlsx(csv.get(), limits);
        }
        return new XlsxUpload(open(bytes, limits), bytes, limits, messages);
    }

    /** The problems found so far in this upload; importers add their own. */
    public SheetReport report() {
        return report;
    }

    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /**
     * Whether a visible sheet of that name has {@code column} in its header rows, so an importer that accepts several
     * layouts can tell which sheets hold its table before reading one (and reporting its missing columns).
     */
    public boolean names(String sheetName, SheetColumn column) {
        Sheet sheet = workbook.getSheet(sheetName);
        return sheet != null
                && !workbook.isSheetHidden(workbook.getSheetIndex(sheet))
                && !workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet))
                && SheetHeader.anyNamed(sheet, List.of(column));
    }

    /** Whether the sheet of that name is hidden (an options sheet behind drop-downs, say). */
    public boolean hidden(String sheetName) {
        int index = workbook.getSheetIndex(sheetName);
        return index >= 0 && (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index));
    }

    /** The sheet of that name (spaces and full-width forms ignored) with its header mapped to {@code columns}. */
    public SheetTable table(String sheetName, List<SheetColumn> columns) throws UnreadableWorkbookException {
        Sheet sheet = workbook.getSheet(sheetName);
        for (int i = 0; sheet == null && i < workbook.getNumberOfSheets(); i++) {
            if (HeaderNames.normalize(workbook.getSheetName(i)).equals(HeaderNames.normalize(sheetName))) {
                sheet = workbook.getSheetAt(i);
            }
        }
        if (sheet == null) {
            throw new UnreadableWorkbookException(Reason.SHEET_MISSING, sheetName, null);
        }
        if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
            throw new UnreadableWorkbookException(Reason.TOO_MANY_ROWS, String.valueOf(limits.maxRows()), null);
        }
        return new SheetTable(sheet, columns, report);
    }

    /**
     * The sheet of that name read with a header decided by the caller: the header row (0-based) and the position of
     * each column, as an import's mapping step chose them. Nothing is reported about the header here.
     */
    public SheetTable table(String sheetName, int headerRowIndex, Map<SheetColumn, Integer> columns)
            throws UnreadableWorkbookException {
        Sheet sheet = bounded(sheetName);
        return new SheetTable(sheet, SheetHeader.given(headerRowIndex, columns), report);
    }

    /** The sheet of that name cell by cell (bounded by the row limit), to look at before deciding its columns. */
    public SheetGrid grid(String sheetName) throws UnreadableWorkbookException {
        return new SheetGrid(bounded(sheetName), report);
    }

    private Sheet bounded(String sheetName) throws UnreadableWorkbookException {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new UnreadableWorkbookException(Reason.SHEET_MISSING, sheetName, null);
        }
        if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
            throw new UnreadableWorkbookException(Reason.TOO_MANY_ROWS, String.valueOf(limits.maxRows()), null);
        }
        return sheet;
    }

    /** The first visible sheet, cell by cell, for layouts without a fixed header (bounded by the row limit). */
    public SheetGrid firstVisibleSheet() throws UnreadableWorkbookException {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                Sheet sheet = workbook.getSheetAt(i);
                if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
                    throw new UnreadableWorkbookException(Reason.TOO_MANY_ROWS, String.valueOf(limits.maxRows()), null);
                }
                return new SheetGrid(sheet, report);
            }
        }
        throw new UnreadableWorkbookException(Reason.SHEET_MISSING, "", null);
    }

    @Override
    public void close() {
        workbook.getPackage().revert();
    }

    static XSSFWorkbook open(byte[] bytes, SheetLimits limits) throws UnreadableWorkbookException {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw new UnreadableWorkbookException(oldOfficeFormat(bytes), null, null);
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableWorkbookException(Reason.NOT_XLSX, null, null);
        }
        ZipExpansion.check(bytes, limits);
        OPCPackage pkg = expand(bytes, limits);
        try {
            if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType())
                    .isEmpty()) {
                throw new UnreadableWorkbookException(Reason.NOT_XLSX, null, null);
            }
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw new UnreadableWorkbookException(Reason.CORRUPT, null, e);
        } catch (UnreadableWorkbookException e) {
            pkg.revert();
            throw e;
        }
    }

    private static OPCPackage expand(byte[] bytes, SheetLimits limits) throws UnreadableWorkbookException {
        synchronized (ZIP_LIMITS) {
            double ratio = ZipSecureFile.getMinInflateRatio();
            long entry = ZipSecureFile.getMaxEntrySize();
            long text = ZipSecureFile.getMaxTextSize();
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
            ZipSecureFile.setMaxEntrySize(limits.maxEntrySize());
            ZipSecureFile.setMaxTextSize(limits.maxTextSize());
            try {
                return OPCPackage.open(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException | InvalidFormatException e) {
                throw new UnreadableWorkbookException(isZipBomb(e) ? Reason.ZIP_BOMB : Reason.NOT_XLSX, null, e);
            } finally {
                ZipSecureFile.setMinInflateRatio(ratio);
                ZipSecureFile.setMaxEntrySize(entry);
                ZipSecureFile.setMaxTextSize(text);
            }
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    private static Reason oldOfficeFormat(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return Reason.ENCRYPTED;
            }
            boolean workbook = fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book");
            return workbook ? Reason.LEGACY_XLS : Reason.NOT_XLSX;
        } catch (IOException | RuntimeException e) {
            return Reason.NOT_XLSX;
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, UnreadableWorkbookException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new UnreadableWorkbookException(Reason.TOO_LARGE, humanSize(maxBytes), null);
        }
        return bytes;
    }

    private static String humanSize(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
