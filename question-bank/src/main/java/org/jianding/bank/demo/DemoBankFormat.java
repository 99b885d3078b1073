package org.jianding.bank.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jianding.bank.item.Question;
import org.jianding.bank.taxonomy.Taxonomy;

/**
 * The demo bank's text format (FORMAT.md beside the bank files): one file per knowledge point, written by hand and
 * reviewed in plain diffs. Parsing is strict and reports every problem with file and line, because a lenient
 * reader lets a wrong key silently drop an answer; writing produces what parsing reads back as equal questions.
 */
public final class DemoBankFormat {

    /** Stands in for a missing header's code so the rest of the file can still be checked. */
    private static final String UNKNOWN_CODE = "?";

    private DemoBankFormat() {}

    /**
     * Reads all questions of one file; they take their knowledge point from the header.
     *
     * @param fileName used only in problem reports
     * @throws DemoBankException listing every problem of the file, if there is any
     */
    public static List<Question> parse(String fileName, Reader reader) {
        return parse(fileName, reader, null, null);
    }

    /** Writes questions of one knowledge point as one file, header first; {@code parse} reads them back equal. */
    public static String write(List<Question> questions) {
        return DemoBankWriter.write(questions);
    }

    /**
     * As {@link #parse(String, Reader)}, also checking the codes against a taxonomy when one is given: the header's
     * code must be {@code expectedCode} (when given) and a leaf, and so must every secondary code.
     */
    static List<Question> parse(String fileName, Reader reader, String expectedCode, Taxonomy taxonomy) {
        BlockScanner.Scan scan = BlockScanner.scan(fileName, lines(reader));
        FileProblems problems = new FileProblems(fileName, scan.problems());
        problems.headerAt(scan.headerLine());
        String code = Optional.ofNullable(scan.code()).orElse(UNKNOWN_CODE);
        if (scan.code() != null && expectedCode != null && !code.equals(expectedCode)) {
            problems.report(scan.headerLine(), "文件头的知识点" + code + "与文件名" + fileName + "不符，应为" + expectedCode);
        } else if (scan.code() != null && taxonomy != null && !BlockReader.isLeaf(taxonomy, code)) {
            problems.report(scan.headerLine(), "知识点「" + code + "」不是知识体系中的末级知识点");
        }
        BlockReader blocks = new BlockReader(code, taxonomy, problems);
        List<Question> questions = scan.blocks().stream()
                .map(blocks::read)
                .flatMap(Optional::stream)
                .toList();
        if (problems.count() > 0) {
            throw new DemoBankException(problems.sorted());
        }
        return questions;
    }

    private static List<String> lines(Reader reader) {
        try (BufferedReader lines = new BufferedReader(reader)) {
            return lines.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bank file", e);
        }
    }
}
