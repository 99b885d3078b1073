package org.jianding.app.printing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jianding.bank.item.Question;

/**
 * An exam paper as it goes to the printer: everything the page shows, already decided by whoever assembled it.
 * Questions are bank questions with their keys; which version is printed decides whether keys appear.
 *
 * @param title e.g. 政企客户经理 四级(初级) 认证考试
 * @param issuer the organisation running the exam, printed in the running header and stored as the PDF's author;
 *     may be empty
 * @param subtitleLines lines under the title, e.g. 考试时长：90 分钟　　满分：100 分
 * @param instructions the 考试须知, one rule per entry, printed numbered in a box; may be empty
 * @param candidateFields what the candidate fills in at the top, e.g. 姓名, 准考证号; may be empty
 */
public record PrintablePaper(
        String title,
        String issuer,
        List<String> subtitleLines,
        List<String> instructions,
        List<String> candidateFields,
        List<Section> sections) {

    public PrintablePaper {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a paper needs a title");
        }
        issuer = issuer == null ? "" : issuer.strip();
        subtitleLines = copy(subtitleLines);
        instructions = copy(instructions);
        candidateFields = copy(candidateFields);
        sections = copy(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a paper needs at least one section");
        }
    }

    /**
     * One part of the paper, usually one question type.
     *
     * @param heading e.g. 一、单项选择题（共 20 题，每题 1 分）
     */
    public record Section(String heading, List<Item> items) {

        public Section {
            Objects.requireNonNull(heading, "heading");
            items = copy(items);
        }
    }

    /**
     * One numbered question of the paper.
     *
     * @param number as printed, counting across sections
     * @param points what it is worth on this paper, which may differ from the bank's default
     */
    public record Item(int number, BigDecimal points, Question question) {

        public Item {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(points, "points");
            if (number < 1) {
                throw new IllegalArgumentException("question numbers start at 1, was " + number);
            }
        }

        /** The question at its default points. */
        public static Item of(int number, Question question) {
            return new Item(number, question.points(), question);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
