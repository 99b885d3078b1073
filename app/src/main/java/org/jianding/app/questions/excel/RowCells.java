package org.jianding.app.questions.excel;

import static org.jianding.app.questions.excel.QuestionSheet.COGNITIVE;
import static org.jianding.app.questions.excel.QuestionSheet.DIFFICULTY;
import static org.jianding.app.questions.excel.QuestionSheet.KNOWLEDGE;
import static org.jianding.app.questions.excel.QuestionSheet.LEVELS;
import static org.jianding.app.questions.excel.QuestionSheet.POINTS;
import static org.jianding.app.questions.excel.QuestionSheet.SECONDARY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.sheet.SheetColumn;

/**
 * Reads the cells every question row shares (type, points, classification, knowledge points), reporting what it
 * cannot read at the cell. Blank cells come back null or empty and are left to the item model to call missing.
 */
final class RowCells {

    static final List<String> SUB_PREFIXES = List.of("小题-", "小题—", "案例分析-", "案例-");

    private final ImportWords words;
    private final KnowledgeLookup knowledge;

    RowCells(ImportWords words, KnowledgeLookup knowledge) {
        this.words = words;
        this.knowledge = knowledge;
    }

    /** Whether the row is a case's sub-question: a 小题 number, or a type written 小题-单选. */
    static boolean isSub(CellProblems cells, SheetColumn typeColumn) {
        String type = cells.row().text(typeColumn);
        return cells.row().text(QuestionSheet.SUB) != null
                || (type != null && SUB_PREFIXES.stream().anyMatch(Spellings.fold(type)::startsWith));
    }

    /** The row's type: its 题型 cell, else the sheet's type; null when neither can be read. */
    QuestionType type(CellProblems cells, SheetColumn typeColumn, QuestionType sheetType) {
        String text = cells.row().text(typeColumn);
        if (text == null) {
            if (sheetType == null) {
                cells.add(typeColumn, words.text("type.missing"));
            }
            return sheetType;
        }
        String t = Spellings.fold(text);
        for (String prefix : SUB_PREFIXES) {
            t = t.startsWith(prefix) ? t.substring(prefix.length()) : t;
        }
        var type = QuestionType.parse(t);
        if (type.isEmpty()) {
            cells.add(typeColumn, words.text("type.unknown", text));
        }
        return type.orElse(null);
    }

    BigDecimal points(CellProblems cells) {
        String text = cells.row().code(POINTS);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceFirst("分$", "").strip());
        } catch (NumberFormatException e) {
            cells.add(POINTS, words.text("points.invalid", text));
            return null;
        }
    }

    Difficulty difficulty(CellProblems cells) {
        String text = cells.row().text(DIFFICULTY);
        if (text == null) {
            return null;
        }
        var value = Spellings.difficulty(text);
        if (value.isEmpty()) {
            cells.add(DIFFICULTY, words.text("difficulty.invalid", text));
        }
        return value.map(Difficulty::of).orElse(null);
    }

    CognitiveLevel cognitive(CellProblems cells) {
        String text = cells.row().text(COGNITIVE);
        if (text == null) {
            return null;
        }
        var value = CognitiveLevel.parse(Spellings.fold(text));
        if (value.isEmpty()) {
            cells.add(COGNITIVE, words.text("cognitive.invalid", text));
        }
        return value.orElse(null);
    }

    Set<Level> levels(CellProblems cells) {
        String text = cells.row().text(LEVELS);
        if (text == null) {
            return EnumSet.noneOf(Level.class);
        }
        var value = Spellings.levels(text);
        if (value.isEmpty()) {
            cells.add(LEVELS, words.text("levels.invalid", text));
        }
        return value.orElse(EnumSet.noneOf(Level.class));
    }

    /** The code of the leaf the 知识点 cell names; "" when blank or unusable. */
    String knowledge(CellProblems cells) {
        String text = cells.row().text(KNOWLEDGE);
        if (text == null) {
            return "";
        }
        KnowledgeLookup.Found found = knowledge.leaf(text);
        if (found.code() == null) {
            cells.add(KNOWLEDGE, words.text(found.problemKey(), text));
            return "";
        }
        return found.code();
    }

    List<String> secondary(CellProblems cells) {
        String text = cells.row().text(SECONDARY);
        List<String> codes = new ArrayList<>();
        if (text == null) {
            return codes;
        }
        for (String part : Spellings.list(text)) {
            String code = knowledge.anyCode(part);
            if (code == null) {
                cells.add(SECONDARY, words.text("knowledge.unknown", part));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }
}
