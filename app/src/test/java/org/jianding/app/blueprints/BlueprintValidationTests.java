package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class BlueprintValidationTests {

    @Autowired
    Blueprints blueprints;

    @Autowired
    Accounts accounts;

    @Autowired
    MessageSource messages;

    private BlueprintWords chinese() {
        return new BlueprintWords(new Words(messages, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void rejectsContradictionsWithAMessagePerRow() {
        Post post = blueprints.posts().get(0);
        BlueprintSpec good = DefaultBlueprints.of(post.name(), Level.INTERMEDIATE);
        List<SectionSpec> sections = new ArrayList<>(good.sections());
        sections.set(0, new SectionSpec(QuestionType.SINGLE_CHOICE, 31, 1));
        List<RowSpec> rows = new ArrayList<>(good.rows());
        rows.set(1, RowSpec.area("NOPE", 30, 5));
        rows.set(2, RowSpec.area("J", 130, 5));
        BlueprintSpec bad = new BlueprintSpec(100, 100, 60, sections, rows);

        var e = catchThrowableOfType(
                InvalidBlueprintException.class, () -> blueprints.save(post.id(), Level.INTERMEDIATE, bad, null, hr()));

        assertThat(e.messageCode()).isEqualTo("blueprint.invalid");
        assertThat(e.problems())
                .anySatisfy(p -> {
                    assertThat(p.target()).isEqualTo("row");
                    assertThat(p.index()).isEqualTo(1);
                    assertThat(p.message()).contains("NOPE");
                })
                .anySatisfy(p -> {
                    assertThat(p.target()).isEqualTo("row");
                    assertThat(p.index()).isEqualTo(2);
                    assertThat(p.message()).contains("0–100%");
                })
                .anySatisfy(p -> {
                    assertThat(p.target()).isEqualTo("sections");
                    assertThat(p.message()).contains("101");
                });
    }

    @Test
    void rejectsAnImpossibleDifficultyRangeOnItsRow() {
        Post post = blueprints.posts().get(0);
        BlueprintSpec good = DefaultBlueprints.of(post.name(), Level.JUNIOR);
        List<RowSpec> rows = new ArrayList<>(good.rows());
        rows.add(RowSpec.difficulty(4, 2, 10, 5));
        var problems = BlueprintRules.check(
                new BlueprintSpec(100, 90, 60, good.sections(), rows), Level.JUNIOR, null, chinese());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(rows.size() - 1);
            assertThat(p.message()).contains("难度范围无效");
        });
    }

    @Test
    void everySaveMakesANewVersionAndKeepsTheOldOne() {
        Post post = blueprints.posts().get(1);
        BlueprintVersion before = blueprints.current(post.id(), Level.SENIOR).orElseThrow();
        BlueprintSpec changed = new BlueprintSpec(
                100, 130, 65, before.spec().sections(), before.spec().rows());

        BlueprintVersion after = blueprints.save(post.id(), Level.SENIOR, changed, "延长时间", hr());

        assertThat(after.versionNo()).isEqualTo(before.versionNo() + 1);
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.name()).contains("v" + after.versionNo());
        assertThat(blueprints.version(before.id()).spec()).isEqualTo(before.spec());
        assertThat(blueprints.current(after.blueprintId()).spec().durationMinutes())
                .isEqualTo(130);
    }

    private long hr() {
        return accounts.findByEmployeeNo("hr").orElseThrow().id();
    }
}
