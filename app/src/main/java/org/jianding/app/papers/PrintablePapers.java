package org.jianding.app.papers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.blueprints.BlueprintSpec;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.printing.ChineseNumerals;
import org.jianding.app.printing.PrintablePaper;
import org.jianding.bank.item.QuestionType;
import org.springframework.context.MessageSource;

/**
 * A stored paper as it goes to the printer: the title from the blueprint's post and level, the blueprint's duration,
 * total and pass mark, the 考试须知 from the bundle, and one section per question type in paper order, numbered
 * across sections. Printed papers are always Chinese, whatever language the administrator browses in.
 */
final class PrintablePapers {

    static final Locale PRINT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    PrintablePapers(MessageSource messages) {
        this.messages = messages;
    }

    PrintablePaper of(PaperDetail paper) {
        BlueprintVersion blueprint = paper.blueprint();
        return new PrintablePaper(
                title(blueprint),
                "",
                subtitle(blueprint.spec()),
                numbered("paper.pdf.instruction."),
                numbered("paper.pdf.candidateField."),
                sections(paper.questions()));
    }

    String title(BlueprintVersion blueprint) {
        return message(
                "paper.pdf.title", blueprint.postName(), blueprint.level().label());
    }

    private List<String> subtitle(BlueprintSpec spec) {
        List<String> parts = new ArrayList<>();
        if (spec.durationMinutes() > 0) {
            parts.add(message("paper.pdf.duration", spec.durationMinutes()));
        }
        if (spec.totalPoints() > 0) {
            parts.add(message("paper.pdf.totalPoints", spec.totalPoints()));
        }
        if (spec.passMark() > 0) {
            parts.add(message("paper.pdf.passMark", spec.passMark()));
        }
        return parts.isEmpty() ? List.of() : List.of(String.join("　　", parts));
    }

    private List<PrintablePaper.Section> sections(List<PaperQuestion> questions) {
        Map<QuestionType, List<PaperQuestion>> byType = new LinkedHashMap<>();
        questions.forEach(
                q -> byType.computeIfAbsent(q.section(), t -> new ArrayList<>()).add(q));
        List<PrintablePaper.Section> sections = new ArrayList<>();
        int number = 1;
        for (var entry : byType.entrySet()) {
            List<PrintablePaper.Item> items = new ArrayList<>();
            for (PaperQuestion q : entry.getValue()) {
                items.add(new PrintablePaper.Item(number++, BigDecimal.valueOf(q.points()), q.content()));
            }
            sections.add(
                    new PrintablePaper.Section(heading(sections.size() + 1, entry.getKey(), entry.getValue()), items));
        }
        return sections;
    }

    /** 一、单项选择题（共 20 题，每题 1 分，共 20 分）; without 每题 when the questions differ in points. */
    private String heading(int index, QuestionType type, List<PaperQuestion> questions) {
        String name = message("paper.pdf.type." + type.name());
        int total = questions.stream().mapToInt(PaperQuestion::points).sum();
        long distinct =
                questions.stream().mapToInt(PaperQuestion::points).distinct().count();
        return distinct == 1
                ? message(
                        "paper.pdf.section",
                        ChineseNumerals.of(index),
                        name,
                        questions.size(),
                        questions.get(0).points(),
                        total)
                : message("paper.pdf.section.mixed", ChineseNumerals.of(index), name, questions.size(), total);
    }

    /** Entries key1, key2, … up to the first missing one. */
    private List<String> numbered(String prefix) {
        List<String> lines = new ArrayList<>();
        for (int n = 1; ; n++) {
            String line = messages.getMessage(prefix + n, null, null, PRINT_LOCALE);
            if (line == null || line.isBlank()) {
                return lines;
            }
            lines.add(line);
        }
    }

    /** Numbers are passed as text so MessageFormat never groups them (1,000). */
    private String message(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, texts, PRINT_LOCALE);
    }
}
