package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jianding.app.accounts.Post;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.PaperChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DefaultBlueprintsTests {

    @Autowired
    Blueprints blueprints;

    @Autowired
    BankSnapshots snapshots;

    @Test
    void everyDefaultBlueprintAssemblesFromTheDemoBankAndPassesTheChecker() {
        BankSnapshot bank = snapshots.take();
        for (Post post : blueprints.posts()) {
            for (Level level : Level.values()) {
                var blueprint = DefaultBlueprints.of(post.name(), level).toBlueprint(post.name() + level, level);
                assertThat(blueprint.totalPoints()).isEqualTo(100);
                var assembly = PaperAssembly.prepare(blueprint, bank.taxonomy(), bank.assemblyItems());
                var checker = new PaperChecker(blueprint, bank.taxonomy(), bank.assemblyItems());
                for (long seed = 0; seed < 5; seed++) {
                    AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(seed));
                    assertThat(result.isAssembled())
                            .as("%s %s seed %d: %s", post.name(), level, seed, result.diagnosis())
                            .isTrue();
                    assertThat(checker.check(result.paper(), Set.of()).violations())
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void seedsADefaultBlueprintForEveryPostAndLevel() {
        for (Post post : blueprints.posts()) {
            for (Level level : Level.values()) {
                assertThat(blueprints.current(post.id(), level))
                        .as("%s %s", post.name(), level)
                        .isPresent();
            }
        }
    }

    @Test
    void widensAndDeepensAsTheLevelRises() {
        var junior = DefaultBlueprints.of("政企客户经理", Level.JUNIOR);
        var expert = DefaultBlueprints.of("政企客户经理", Level.EXPERT);
        assertThat(expert.rows().stream()
                        .filter(r -> r.kind() == RowSpec.Kind.AREA)
                        .count())
                .isGreaterThan(junior.rows().stream()
                        .filter(r -> r.kind() == RowSpec.Kind.AREA)
                        .count());
        assertThat(share(expert, org.jianding.bank.item.CognitiveLevel.MASTER))
                .isGreaterThan(share(junior, org.jianding.bank.item.CognitiveLevel.MASTER));
        assertThat(expert.itemCount()).isLessThan(junior.itemCount());
    }

    private static double share(BlueprintSpec spec, org.jianding.bank.item.CognitiveLevel level) {
        return spec.rows().stream()
                .filter(r -> r.kind() == RowSpec.Kind.COGNITIVE && r.cognitive() == level)
                .mapToDouble(RowSpec::percent)
                .sum();
    }
}
