package org.jianding.app.sittings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.exams.SittingMode;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Paper sittings for tests, through the real services: a published 纸笔考试 on a fixed paper, the answers one
 * candidate gives (as letters for the template and as the JSON an exam page saves), and score files written with
 * POI from the downloaded template.
 */
@Component
class PaperSittingSupport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final ExamFixture fixture;
    final Papers papers;
    final PaperSittings sittings;

    PaperSittingSupport(ExamFixture fixture, Papers papers, PaperSittings sittings) {
        this.fixture = fixture;
        this.papers = papers;
        this.sittings = sittings;
    }

    /** A fresh fixed paper's draft (online). */
    SessionDraft draft(String title) {
        return fixture.fixedPaperDraft(title);
    }

    /** The draft as a published 纸笔考试 with these candidates. */
    ExamSession paperSession(SessionDraft draft, List<Long> candidates) {
        return fixture.published(draft.withMode(SittingMode.PAPER), candidates, fixture.hr());
    }

    /** The questions by printed number (1, 2, …): the sections in paper order, counted across them. */
    Map<String, PaperQuestion> printed(long paperId) {
        PaperContent paper = papers.content(paperId);
        Map<Object, List<PaperQuestion>> bySection = new LinkedHashMap<>();
        paper.questions()
                .forEach(q -> bySection
                        .computeIfAbsent(q.section(), k -> new ArrayList<>())
                        .add(q));
        Map<String, PaperQuestion> byNumber = new LinkedHashMap<>();
        bySection.values().forEach(list -> list.forEach(q -> byNumber.put(String.valueOf(byNumber.size() + 1), q)));
        return byNumber;
    }

    /**
     * One candidate's answer to question {@code i}: choices right on even i and wrong on odd, a multiple choice with
     * several answers given only its first (partial credit under the rule), blanks right; null for questions a
     * grader would score (left unanswered online, 0 on paper).
     */
    static Answer answer(QuestionBody body, int i) {
        if (body instanceof SingleChoice s) {
            String wrong = s.options().stream()
                    .map(o -> o.label())
                    .filter(l -> !l.equals(s.answer()))
                    .findFirst()
                    .orElseThrow();
            String letter = i % 2 == 0 ? s.answer() : wrong;
            return new Answer(letter, NODES.stringNode(letter));
        } else if (body instanceof MultipleChoice m) {
            List<String> given =
                    m.answers().size() > 1 ? List.of(m.answers().iterator().next()) : List.copyOf(m.answers());
            var array = NODES.arrayNode();
            given.forEach(array::add);
            return new Answer(String.join("、", given), array);
        } else if (body instanceof TrueFalse t) {
            boolean value = i % 2 == 0 ? t.answer() : !t.answer();
            return new Answer(value ? "对" : "错", NODES.booleanNode(value));
        } else if (body instanceof FillBlank f) {
            var array = NODES.arrayNode();
            f.blanks().forEach(b -> array.add(b.accepted().get(0)));
            return new Answer(null, array);
        }
        return null;
    }

    /** The cell for the paper (letters, or null to write points) and the JSON for the online page. */
    record Answer(String letters, JsonNode json) {}

    /** Fills the template: per row (by 工号) the given cell values by label; rows not named are removed. */
    static byte[] fill(byte[] template, Map<String, Map<String, Object>> byEmployee) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row labels = sheet.getRow(0);
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int c = 1; c < labels.getLastCellNum(); c++) {
                columns.put(labels.getCell(c).getStringCellValue(), c);
            }
            for (int r = sheet.getLastRowNum(); r >= 2; r--) {
                Row row = sheet.getRow(r);
                String no = row.getCell(0).getStringCellValue().split(" ")[0];
                Map<String, Object> values = byEmployee.get(no);
                if (values == null) {
                    sheet.removeRow(row);
                    continue;
                }
                values.forEach((label, value) -> {
                    var cell = row.createCell(columns.get(label));
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The template as rows of text, for writing a CSV. */
    static List<List<String>> rows(byte[] template) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(
                            cell == null
                                    ? ""
                                    : switch (cell.getCellType()) {
                                        case NUMERIC ->
                                            BigDecimal.valueOf(cell.getNumericCellValue())
                                                    .stripTrailingZeros()
                                                    .toPlainString();
                                        default -> cell.getStringCellValue();
                                    });
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
