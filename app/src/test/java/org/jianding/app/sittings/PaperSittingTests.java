package org.jianding.app.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.PaperAttempts;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.grading.ItemResult;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.shared.DomainException;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 纸笔考试 through the real services on the suite's database: a template filled with POI and a GBK CSV imported,
 * the standard score equal to an online sitting with the same answers, every problem of a bad file by row and
 * column with nothing written, replacement before release and refusal after it.
 */
@WebTest
@Import({ExamFixture.class, PaperSittingSupport.class})
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class PaperSittingTests {

    @Autowired
    PaperSittingSupport support;

    @Autowired
    PaperSittings sittings;

    @Autowired
    Attempts attempts;

    @Autowired
    Results results;

    @Autowired
    PaperAttempts paperAttempts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void lettersAndPointsFromAnXlsxGiveTheStandardScoreOfAnOnlineSittingWithTheSameAnswers() throws Exception {
        ExamFixture fixture = support.fixture;
        long sat = fixture.candidate();
        long absentByWord = fixture.candidate();
        long notInFile = fixture.candidate();
        long online = fixture.candidate();
        SessionDraft draft = support.draft("纸笔对照");
        ExamSession paper = support.paperSession(draft, List.of(sat, absentByWord, notInFile));
        ExamSession web = fixture.published(draft, List.of(online), fixture.hr());

        Map<String, PaperQuestion> printed = support.printed(paper.paperId());
        Map<String, Object> row = new LinkedHashMap<>();
        long attempt = attempts.start(web.id(), online, "p");
        long seq = 0;
        int i = 0;
        for (Map.Entry<String, PaperQuestion> e : printed.entrySet()) {
            PaperSittingSupport.Answer answer =
                    PaperSittingSupport.answer(e.getValue().content().body(), i++);
            if (answer == null) {
                row.put(e.getKey(), 0); // a grader's question: nothing online, 0 on paper
            } else {
                row.put(
                        e.getKey(),
                        answer.letters() != null
                                ? answer.letters()
                                : e.getValue().points());
                attempts.save(attempt, online, "p", e.getValue().position(), ++seq, answer.json(), false);
            }
        }
        attempts.handIn(attempt, online);

        byte[] template = sittings.template(paper.id());
        assertTemplate(template, paper, printed, List.of(sat, absentByWord, notInFile));
        byte[] file = PaperSittingSupport.fill(
                template,
                Map.of(
                        no(sat),
                        row,
                        no(absentByWord),
                        Map.of(printed.keySet().iterator().next(), "缺考")));

        ImportPlan plan = sittings.preview(paper.id(), file).plan();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.format()).isEqualTo(".xlsx");
        assertThat(plan.sat()).isEqualTo(1);
        assertThat(plan.absent()).isEqualTo(2);
        assertThat(plan.notInFile()).extracting(e -> e.candidateId()).containsExactly(notInFile);
        assertThat(paperAttempts.attemptIds(paper.id()))
                .as("a preview writes nothing")
                .isEmpty();

        PaperSittings.Imported imported = sittings.importScores(paper.id(), file, false);
        assertThat(imported.sat()).isEqualTo(1);
        assertThat(imported.absent()).isEqualTo(2);
        assertThat(imported.marked()).isEqualTo(1);

        long paperAttempt = fixture.jdbc.queryForObject(
                "SELECT id FROM exam_attempt WHERE session_id = ? AND candidate_id = ?", Long.class, paper.id(), sat);
        ResultView onPaper = results.derivation(paperAttempt);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("exam_result WHERE attempt_id = " + attempt) == 1);
        ResultView inBrowser = results.derivation(attempt);
        assertThat(onPaper.standardScore()).isNotNull().isEqualByComparingTo(inBrowser.standardScore());
        assertThat(onPaper.earnedPoints()).isEqualByComparingTo(inBrowser.earnedPoints());
        assertThat(onPaper.passed()).isEqualTo(inBrowser.passed());
        Map<Integer, BigDecimal> webItems = new HashMap<>();
        inBrowser.items().forEach(it -> webItems.put(it.position(), it.earned()));
        for (ItemResult it : onPaper.items()) {
            assertThat(it.earned())
                    .as("item at position " + it.position())
                    .isEqualByComparingTo(webItems.get(it.position()));
        }
        assertThat(onPaper.reproducible())
                .as("re-computing the imported result gives the same")
                .isTrue();
        assertThat(count("exam_attempt WHERE session_id = " + paper.id())).isEqualTo(1);
        assertThat(count("audit_event WHERE action = 'sitting.imported' AND target_id = '" + paper.id() + "'"))
                .isEqualTo(1);
        assertThat(count("audit_event WHERE action = 'sitting.attemptImported' AND target_id = '" + paperAttempt + "'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> attempts.start(paper.id(), absentByWord, "p"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageCode())
                .isEqualTo("exam.start.onPaper");
    }

    @Test
    void aCardReadersGbkCsvImportsAndAUtf8OneWithABomToo() throws Exception {
        ExamFixture fixture = support.fixture;
        long a = fixture.candidate();
        long b = fixture.candidate();
        ExamSession paper = support.paperSession(support.draft("纸笔CSV"), List.of(a, b));
        List<List<String>> rows = PaperSittingSupport.rows(sittings.template(paper.id()));
        StringBuilder csv = new StringBuilder();
        for (List<String> r : rows) {
            if (r.get(0).startsWith(no(a))) {
                csv.append(r.get(0)); // 工号 and the Chinese name, which GBK must carry
                for (int c = 1; c < rows.get(0).size(); c++) {
                    csv.append(',').append("0");
                }
            } else if (r.get(0).startsWith(no(b))) {
                csv.append(r.get(0)).append(",缺考");
            } else {
                csv.append(String.join(",", r));
            }
            csv.append("\r\n");
        }
        byte[] gbk = csv.toString().getBytes(CsvScoreGrid.GBK);
        assertThat(new String(gbk, StandardCharsets.UTF_8))
                .as("really not UTF-8")
                .isNotEqualTo(csv.toString());

        ImportPlan plan = sittings.preview(paper.id(), gbk).plan();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.format()).isEqualTo("CSV（GBK）");
        assertThat(plan.sat()).isEqualTo(1);
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(sittings.preview(paper.id(), withBom).plan().format()).isEqualTo("CSV（UTF-8）");

        sittings.importScores(paper.id(), gbk, false);
        long attempt = fixture.jdbc.queryForObject(
                "SELECT id FROM exam_attempt WHERE session_id = ? AND candidate_id = ?", Long.class, paper.id(), a);
        assertThat(results.derivation(attempt).standardScore()).isEqualByComparingTo("0");
        assertThat(count("exam_attempt WHERE session_id = " + paper.id() + " AND candidate_id = " + b))
                .isZero();
    }

    @Test
    void everyProblemIsReportedByRowAndColumnAndNothingIsImported() throws Exception {
        ExamFixture fixture = support.fixture;
        long a = fixture.candidate();
        long b = fixture.candidate();
        ExamSession paper = support.paperSession(support.draft("纸笔问题"), List.of(a, b));
        Map<String, PaperQuestion> printed = support.printed(paper.paperId());
        String single = label(printed, "SINGLE_CHOICE");
        String essay = label(printed, "SHORT_ANSWER", "CASE_ANALYSIS", "FILL_BLANK");
        byte[] template = sittings.template(paper.id());
        Map<String, Object> bad = new LinkedHashMap<>();
        printed.keySet().forEach(l -> bad.put(l, 0));
        bad.put(single, "Z");
        bad.put(essay, "B");
        Map<String, Object> other = new LinkedHashMap<>();
        printed.keySet().forEach(l -> other.put(l, 0));
        other.put("1", "缺考");
        other.put(essay, 999);
        byte[] file = PaperSittingSupport.fill(template, Map.of(no(a), bad, no(b), other));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = wb.getSheetAt(0);
            sheet.getRow(1).getCell(1).setCellValue(99); // a maximum that is not the paper's
            sheet.createRow(5).createCell(0).setCellValue("nobody 无名"); // not enrolled
            sheet.getRow(5).createCell(1).setCellValue(0);
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }
        int rowA = rowOf(file, no(a));
        int rowB = rowOf(file, no(b));
        int singleColumn = Integer.parseInt(single);
        int essayColumn = Integer.parseInt(essay);

        ImportPlan plan = sittings.preview(paper.id(), file).plan();
        assertThat(plan.lines()).isEmpty();
        assertThat(plan.problems())
                .extracting(p -> p.cell())
                .contains("B2", letter(singleColumn) + rowA, letter(essayColumn) + rowA, "B" + rowB, "A6");
        assertThat(plan.problems()).allSatisfy(p -> assertThat(p.message()).containsPattern("\\p{IsHan}"));
        assertThat(message(plan, letter(singleColumn) + rowA)).contains("单选题").contains("“Z”");
        assertThat(message(plan, letter(essayColumn) + rowA)).contains("须填写得分");
        assertThat(message(plan, "B" + rowB)).contains("缺考");
        assertThat(message(plan, "A6")).contains("nobody");
        assertThat(message(plan, "B2")).contains("满分应为");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            ImportPlan english = sittings.preview(paper.id(), file).plan();
            assertThat(english.problems())
                    .extracting(p -> p.cell())
                    .isEqualTo(plan.problems().stream().map(p -> p.cell()).toList());
            // what the file holds or must hold is quoted; the rest is English
            assertThat(english.problems())
                    .allSatisfy(p ->
                            assertThat(p.message().replaceAll("“[^”]*”", "")).doesNotContainPattern("\\p{IsHan}"));
            assertThat(message(english, letter(singleColumn) + rowA))
                    .contains("single choice")
                    .contains("“Z”");
            assertThat(message(english, "A6")).contains("is not a candidate enrolled");
            assertThat(message(english, "B2")).startsWith("The maximum of question 1 must be");
            assertThat(english.format()).isEqualTo(".xlsx");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        byte[] rejected = file;
        assertThatThrownBy(() -> sittings.importScores(paper.id(), rejected, false))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageCode())
                .isEqualTo("sittings.rejected");
        assertThat(count("exam_attempt WHERE session_id = " + paper.id())).isZero();
    }

    @Test
    void aFailureHalfwayThroughWritingLeavesNothingBehind() {
        ExamFixture fixture = support.fixture;
        long a = fixture.candidate();
        long stranger = fixture.candidate();
        ExamSession paper = support.paperSession(support.draft("纸笔回滚"), List.of(a));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> paperAttempts.record(
                        paper.id(),
                        List.of(
                                new PaperAttempts.Sitting(a, Map.of(), Map.of()),
                                new PaperAttempts.Sitting(stranger, Map.of(), Map.of())))))
                .isInstanceOf(DomainException.class);
        assertThat(count("exam_attempt WHERE session_id = " + paper.id())).isZero();
    }

    @Test
    void reImportBeforeReleaseReplacesWhenConfirmedAndAfterReleaseIsRefused() throws Exception {
        ExamFixture fixture = support.fixture;
        long a = fixture.candidate();
        ExamSession paper = support.paperSession(support.draft("纸笔替换"), List.of(a));
        Map<String, PaperQuestion> printed = support.printed(paper.paperId());
        byte[] template = sittings.template(paper.id());
        Map<String, Object> zero = new LinkedHashMap<>();
        Map<String, Object> full = new LinkedHashMap<>();
        printed.forEach((l, q) -> {
            zero.put(l, 0);
            full.put(l, q.points());
        });
        sittings.importScores(paper.id(), PaperSittingSupport.fill(template, Map.of(no(a), zero)), false);
        byte[] again = PaperSittingSupport.fill(template, Map.of(no(a), full));
        assertThatThrownBy(() -> sittings.importScores(paper.id(), again, false))
                .extracting(e -> ((DomainException) e).messageCode())
                .isEqualTo("sittings.replace.unconfirmed");

        PaperSittings.Imported replaced = sittings.importScores(paper.id(), again, true);
        assertThat(replaced.replaced()).isTrue();
        assertThat(count("exam_attempt WHERE session_id = " + paper.id())).isEqualTo(1);
        long attempt =
                fixture.jdbc.queryForObject("SELECT id FROM exam_attempt WHERE session_id = ?", Long.class, paper.id());
        assertThat(results.derivation(attempt).standardScore()).isEqualByComparingTo("100");
        assertThat(count("audit_event WHERE action = 'sitting.replaced' AND target_id = '" + paper.id() + "'"))
                .isEqualTo(1);

        assertThat(results.release(paper.id())).isEqualTo(1);
        assertThatThrownBy(() -> sittings.importScores(paper.id(), again, true))
                .extracting(e -> ((DomainException) e).messageCode())
                .isEqualTo("grading.paper.released");
        assertThat(sittings.state(paper.id()).importable()).isFalse();
    }

    private void assertTemplate(
            byte[] template, ExamSession paper, Map<String, PaperQuestion> printed, List<Long> candidates)
            throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("满分");
            int c = 1;
            for (Map.Entry<String, PaperQuestion> e : printed.entrySet()) {
                assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(e.getKey());
                assertThat(sheet.getRow(1).getCell(c).getNumericCellValue())
                        .isEqualTo(e.getValue().points());
                c++;
            }
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(2 + candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                UserAccount u = support.fixture.accounts.get(candidates.get(i));
                assertThat(sheet.getRow(2 + i).getCell(0).getStringCellValue())
                        .isEqualTo(u.employeeNo() + " " + u.displayName());
            }
        }
    }

    private static String message(ImportPlan plan, String cell) {
        return plan.problems().stream()
                .filter(p -> p.cell().equals(cell))
                .map(p -> p.message())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + cell + ": " + plan.problems()));
    }

    /** The printed number of the first question of the first of these types the paper has. */
    private static String label(Map<String, PaperQuestion> printed, String... types) {
        for (String type : types) {
            for (Map.Entry<String, PaperQuestion> e : printed.entrySet()) {
                if (e.getValue().content().type().name().equals(type)) {
                    return e.getKey();
                }
            }
        }
        throw new AssertionError("the paper has none of " + List.of(types));
    }

    private static String letter(int column) {
        return org.jianding.bank.sheet.SheetGrid.letter(column);
    }

    private static int rowOf(byte[] file, String employeeNo) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (var row : wb.getSheetAt(0)) {
                var cell = row.getCell(0);
                if (cell != null && cell.getStringCellValue().startsWith(employeeNo + " ")) {
                    return row.getRowNum() + 1;
                }
            }
        }
        throw new AssertionError(employeeNo + " not in the file");
    }

    private String no(long candidate) {
        return support.fixture.accounts.get(candidate).employeeNo();
    }

    private int count(String from) {
        return support.fixture.jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Integer.class);
    }
}
