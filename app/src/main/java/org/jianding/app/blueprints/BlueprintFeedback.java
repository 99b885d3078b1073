package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.List;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.RowScope;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.item.QuestionType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Live feedback for the blueprint editor: checks the draft, counts eligible questions per section and row, and tries
 * one assembly on the current bank. Stateless and read-only; cheap enough to call on every (debounced) edit.
 */
@Service
public class BlueprintFeedback {

    private final BankSnapshots snapshots;
    private final InformationTargets targets;
    private final MessageSource messages;

    BlueprintFeedback(BankSnapshots snapshots, InformationTargets targets, MessageSource messages) {
        this.snapshots = snapshots;
        this.targets = targets;
        this.messages = messages;
    }

    public Feedback check(Level level, BlueprintSpec spec) {
        BankSnapshot bank = snapshots.take();
        Taxonomy taxonomy = bank.taxonomy();
        List<BlueprintProblem> problems = new ArrayList<>(
                BlueprintRules.check(spec, level, taxonomy, new BlueprintWords(Words.ofReader(messages))));
        if (problems.isEmpty()) {
            problems.addAll(targets.problems(spec, level, bank, Words.ofReader(messages)));
        }
        InformationTargets.InformationCoverage information = targets.coverage(spec, level, bank);
        List<PoolItem> eligible = bank.items().stream()
                .filter(i -> level != null && i.levels().contains(level) && pointsOf(spec, i.type()) > 0)
                .toList();
        List<Feedback.SectionSupply> sections = new ArrayList<>();
        for (int s = 0; s < spec.sections().size(); s++) {
            SectionSpec section = spec.sections().get(s);
            long count =
                    eligible.stream().filter(i -> i.type() == section.type()).count();
            sections.add(new Feedback.SectionSupply(s, section.type(), section.count(), (int) count));
        }
        List<Feedback.RowSupply> rows = new ArrayList<>();
        for (int r = 0; r < spec.rows().size(); r++) {
            rows.add(supply(r, spec, taxonomy, eligible));
        }
        if (!problems.isEmpty()) {
            return new Feedback(problems, eligible.size(), sections, rows, false, null, information);
        }
        var blueprint = spec.toBlueprint("比重表", level);
        AssemblyResult result = targets.draftAssembly(blueprint, spec, bank).assemble(AssemblyRequest.seeded(1));
        return new Feedback(
                problems,
                eligible.size(),
                sections,
                rows,
                result.isAssembled(),
                result.diagnosisIfAny().map(DiagnosisView::of).orElse(null),
                information);
    }

    private static Feedback.RowSupply supply(int index, BlueprintSpec spec, Taxonomy taxonomy, List<PoolItem> items) {
        RowSpec row = spec.rows().get(index);
        RowScope scope;
        try {
            scope = row.scope();
        } catch (IllegalArgumentException e) {
            return new Feedback.RowSupply(index, "—", 0, 0, 0, 0, row.counted());
        }
        int count = 0;
        int points = 0;
        for (PoolItem item : items) {
            List<String> path =
                    taxonomy.contains(item.leafCode()) ? taxonomy.ancestorsOrSelf(item.leafCode()) : List.of();
            if (scope.matches(path, item.difficulty(), item.cognitiveLevel(), item.type())) {
                count++;
                points += pointsOf(spec, item.type());
            }
        }
        var share = row.toShareRow();
        int mostItems =
                spec.sections().stream().mapToInt(SectionSpec::mostCount).sum();
        return new Feedback.RowSupply(
                index,
                share.label(taxonomy),
                count,
                points,
                share.lowerBound(spec.totalPoints()),
                share.upperBound(spec.totalPoints(), mostItems),
                row.counted());
    }

    static int pointsOf(BlueprintSpec spec, QuestionType type) {
        return spec.sections().stream()
                .filter(s -> s.type() == type && s.mostCount() > 0)
                .mapToInt(SectionSpec::pointsEach)
                .findFirst()
                .orElse(0);
    }
}
