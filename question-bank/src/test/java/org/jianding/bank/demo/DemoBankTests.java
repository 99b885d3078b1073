package org.jianding.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.jianding.bank.item.Question;
import org.jianding.bank.taxonomy.DefaultTaxonomy;
import org.jianding.bank.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

class DemoBankTests {

    @Test
    void loadsTheFilesOfTheLeavesThatHaveOneInTaxonomyOrder() {
        List<Question> questions = DemoBank.loadFrom("/fixtures/demo/");

        assertThat(questions).hasSize(7);
        assertThat(questions.get(0).knowledgePoint()).isEqualTo("G3");
        assertThat(questions.get(6).knowledgePoint()).isEqualTo("J2");
    }

    @Test
    void rejectsAHeaderThatNamesAnotherLeafAndUnknownSecondaryCodes() {
        DemoBankException thrown =
                catchThrowableOfType(DemoBankException.class, () -> DemoBank.loadFrom("/fixtures/demo-mismatch/"));

        assertThat(thrown.problems())
                .extracting(LineProblem::toString)
                .containsExactly("G1.txt 第1行：文件头的知识点G2与文件名G1.txt不符，应为G1", "G1.txt 第8行：关联知识点「G9」不是知识体系中的末级知识点");
    }

    @Test
    void theDemoBankMeetsTheStandardOfFourOptionsThatStoredDraftsMayMiss() {
        DemoBankException thrown =
                catchThrowableOfType(DemoBankException.class, () -> DemoBank.loadFrom("/fixtures/below-standard/"));
        assertThat(thrown.problems()).extracting(LineProblem::toString).containsExactly("G4.txt 第9行：单选题须有4到8个选项，实有3个");
        var in = getClass().getResourceAsStream("/fixtures/below-standard/G4.txt");
        var draft = DemoBankFormat.parse(
                "G4.txt", new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(draft.get(0).options()).hasSize(3);
    }

    @Test
    void loadsTheShippedBankWithEveryQuestionOnALeaf() {
        Taxonomy taxonomy = DefaultTaxonomy.tree();

        assertThat(DemoBank.load())
                .allSatisfy(q -> assertThat(taxonomy.isLeaf(q.knowledgePoint())).isTrue());
    }

    @Test
    void shippedBankCoversEveryLeafTypeDifficultyAndCognitiveLevel() {
        var bank = DemoBank.load();
        assertThat(bank).hasSizeGreaterThanOrEqualTo(400);
        assertThat(bank.stream().map(q -> q.knowledgePoint()).distinct())
                .containsExactlyInAnyOrderElementsOf(DefaultTaxonomy.tree().leaves().stream()
                        .map(n -> n.code())
                        .toList());
        assertThat(bank.stream().map(q -> q.type()).distinct())
                .containsExactlyInAnyOrder(org.jianding.bank.item.QuestionType.values());
        assertThat(bank.stream().map(q -> q.difficulty().value()).distinct()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(bank.stream().map(q -> q.cognitiveLevel()).distinct())
                .containsExactlyInAnyOrder(org.jianding.bank.item.CognitiveLevel.values());
        for (var level : org.jianding.bank.Level.values()) {
            assertThat(bank.stream().filter(q -> q.levels().contains(level)).count())
                    .as("questions suiting %s", level)
                    .isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void findsNothingWhereThereAreNoFiles() {
        assertThat(DemoBank.loadFrom("/fixtures/nowhere/")).isEmpty();
    }
}
