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
import java.util.stream.Collectors;
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
    private final ImportDefaults defaults;

    RowCells(ImportWords words, KnowledgeLookup knowledge, ImportDefaults defaults) {
        this.words = words;
        this.knowledge = knowledge;
        this.defaults = defaults;
    }

    /** Whose value a blank cell took: the one chosen for this import, or the documented fallback. */
    private String whose(boolean chosen) {
        return words.text(chosen ? "assume.chosen" : "assume.fallback");
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

    /** The points cell; when blank, the default for the type (none for a case: its sub-questions add up). */
    BigDecimal points(CellProblems cells, QuestionType type) {
        if (cells.row().text(POINTS) == null && !cells.row().hasProblem(POINTS) && type != null) {
            BigDecimal fallback = defaults.pointsOrFallback(type);
            if (fallback != null) {
                cells.assume(
                        POINTS,
                        words.text(
                                "assume.points",
                                whose(defaults.chosenPoints(type)),
                                fallback.stripTrailingZeros().toPlainString()));
            }
            return fallback;
        }
        return points(cells);
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
            if (cells.row().hasProblem(DIFFICULTY)) {
                return null;
            }
            Difficulty d = defaults.difficultyOrFallback();
            cells.assume(
                    DIFFICULTY, words.text("assume.difficulty", whose(defaults.difficulty() != null), d.chineseName()));
            return d;
        }
        var value = Spellings.difficulty(text);
        if (value.isEmpty()) {
            cells.add(DIFFICULTY, words.text("difficulty.invalid", text));
        } else if (Spellings.isCoefficient(text)) {
            cells.assume(
                    DIFFICULTY,
                    words.text(
                            "assume.difficulty.coefficient",
                            text,
                            Difficulty.of(value.get()).chineseName()));
        }
        return value.map(Difficulty::of).orElse(null);
    }

    CognitiveLevel cognitive(CellProblems cells) {
        String text = cells.row().text(COGNITIVE);
        if (text == null) {
            if (cells.row().hasProblem(COGNITIVE)) {
                return null;
            }
            CognitiveLevel c = defaults.cognitiveOrFallback();
            cells.assume(
                    COGNITIVE, words.text("assume.cognitive", whose(defaults.cognitive() != null), c.chineseName()));
            return c;
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
            if (cells.row().hasProblem(LEVELS)) {
                return EnumSet.noneOf(Level.class);
            }
            Set<Level> levels = defaults.levelsOrFallback();
            cells.assume(
                    LEVELS,
                    words.text(
                            "assume.levels",
                            whose(!defaults.levels().isEmpty()),
                            levels.stream().map(Level::label).collect(Collectors.joining("、"))));
            return levels;
        }
        var value = Spellings.levels(text);
        if (value.isEmpty()) {
            cells.add(LEVELS, words.text("levels.invalid", text));
        }
        return value.orElse(EnumSet.noneOf(Level.class));
    }

    /**
     * The code of the leaf the 知识点 cell names (exactly, else by a unique part of its name); when blank, the chosen
     * default or the 待分类 node. "" when unusable.
     */
    String knowledge(CellProblems cells) {
        String text = cells.row().text(KNOWLEDGE);
        if (text == null) {
            if (cells.row().hasProblem(KNOWLEDGE)) {
                return "";
            }
            String code = defaults.knowledgeOrFallback();
            cells.assume(
                    KNOWLEDGE,
                    defaults.chosenKnowledge()
                            ? words.text("assume.knowledge", knowledge.label(code))
                            : words.text("assume.knowledge.unclassified", ImportDefaults.UNCLASSIFIED_NAME, code));
            return code;
        }
        KnowledgeLookup.Found found = knowledge.leaf(text);
        if (found.code() == null) {
            cells.add(KNOWLEDGE, words.text(found.problemKey(), text, String.join("、", found.candidates())));
            return "";
        }
        if (found.partial()) {
            cells.assume(KNOWLEDGE, words.text("assume.knowledge.partial", text, knowledge.label(found.code())));
        }
        return found.code();
    }

    /** The explanation (解析); optional, so a blank cell is no problem and no assumption (a reviewer may ask for one). */
    String explanation(CellProblems cells) {
        return cells.row().text(QuestionSheet.EXPLANATION);
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
