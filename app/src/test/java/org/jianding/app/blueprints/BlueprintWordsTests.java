package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.BlueprintMessages;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

/**
 * A blueprint's problems in the reader's words: in Chinese exactly as the engine writes them, in English with no
 * Chinese but what the user named (a knowledge point's name), each attached to the same section or row.
 */
@SpringBootTest
class BlueprintWordsTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    MessageSource messages;

    @Autowired
    BankSnapshots snapshots;

    @Test
    void everyEngineProblemReadsInChineseAsTheEngineWritesItAndInEnglishWithoutChinese() throws Exception {
        BlueprintWords zh = words(Locale.SIMPLIFIED_CHINESE);
        BlueprintWords en = words(Locale.ENGLISH);
        Object[] arguments = {QuestionType.MULTIPLE_CHOICE, "12", "34", "56", "78", "90"};
        List<String> keys = new ArrayList<>();
        for (Field f : BlueprintMessages.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                keys.add((String) f.get(null));
            }
        }
        assertThat(keys).hasSizeGreaterThan(25);
        for (String key : keys) {
            assertThat(zh.get(key, arguments)).as(key).isEqualTo(BlueprintMessages.CHINESE.get(key, arguments));
            String english = en.get(key, arguments);
            assertThat(english).as(key).doesNotContain("blueprint.problem").doesNotContainPattern(HAN);
        }
        assertThat(en.get(BlueprintMessages.SECTION_REPEATED, QuestionType.MULTIPLE_CHOICE))
                .contains("Multiple choice");
    }

    @Test
    void aContradictoryBlueprintIsExplainedInEnglishNextToWhatMustChange() {
        BlueprintSpec good = DefaultBlueprints.of("Words", Level.INTERMEDIATE);
        List<SectionSpec> sections = new ArrayList<>(good.sections());
        sections.set(0, new SectionSpec(QuestionType.SINGLE_CHOICE, 31, 1));
        List<RowSpec> rows = new ArrayList<>(good.rows());
        rows.add(RowSpec.difficulty(4, 2, 10, 5));
        BlueprintSpec impossible = new BlueprintSpec(100, 100, 60, sections, rows);
        BlueprintSpec bad = new BlueprintSpec(100, 100, 60, sections, good.rows());

        List<BlueprintProblem> english =
                BlueprintRules.check(impossible, null, snapshots.taxonomy(), words(Locale.ENGLISH));
        assertThat(english)
                .extracting(BlueprintProblem::message)
                .containsExactly("Choose a level", "Row " + rows.size() + ": the difficulty range is not valid (4–2)");

        List<BlueprintProblem> zh =
                BlueprintRules.check(bad, Level.INTERMEDIATE, snapshots.taxonomy(), words(Locale.SIMPLIFIED_CHINESE));
        List<BlueprintProblem> en =
                BlueprintRules.check(bad, Level.INTERMEDIATE, snapshots.taxonomy(), words(Locale.ENGLISH));
        assertThat(zh).isNotEmpty();
        assertThat(en).hasSameSizeAs(zh);
        for (int i = 0; i < zh.size(); i++) {
            assertThat(en.get(i).target()).isEqualTo(zh.get(i).target());
            assertThat(en.get(i).index()).isEqualTo(zh.get(i).index());
            assertThat(en.get(i).message()).doesNotContainPattern(HAN);
        }
        assertThat(zh)
                .extracting(BlueprintProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("各题型 题数×分值 之和为 "));
        assertThat(en)
                .extracting(BlueprintProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("The sections' count × points add up to "));
    }

    private BlueprintWords words(Locale locale) {
        return new BlueprintWords(new Words(messages, locale));
    }
}
