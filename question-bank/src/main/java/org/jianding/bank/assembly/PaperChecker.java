package org.jianding.bank.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.bank.item.QuestionType;

/**
 * Audits an issued paper against its blueprint without any of the engine's code: every item version exists in the
 * bank and suits the level, no item twice, no two of one 互斥 group, every item set (题组) whole or absent, none the candidate saw before, each section's
 * count (within its range) and points, the total, each count row's questions, and each weight row's share recomputed from the items' own attributes and compared
 * with the blueprint's percentages as written.
 */
public final class PaperChecker {

    private final Blueprint blueprint;
    private final Taxonomy taxonomy;
    private final Map<String, AssemblyItem> bank = new HashMap<>();
    private final Map<String, Integer> setSizes = new HashMap<>();

    public PaperChecker(Blueprint blueprint, Taxonomy taxonomy, List<AssemblyItem> items) {
        this.blueprint = blueprint;
        this.taxonomy = taxonomy;
        items.forEach(item -> bank.put(item.id(), item));
        items.forEach(item -> {
            if (item.itemSet() != null) {
                setSizes.merge(item.itemSet(), 1, Integer::sum);
            }
        });
    }

    public CheckReport check(Paper paper, Set<String> seenBefore) {
        List<String> violations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> groups = new HashSet<>();
        Map<QuestionType, Integer> counts = new HashMap<>();
        List<AssemblyItem> resolved = new ArrayList<>();
        for (PaperItem entry : paper.items()) {
            AssemblyItem item = bank.get(entry.ref().id());
            if (item == null || item.ref().version() != entry.ref().version()) {
                violations.add(entry.ref() + "：题库中没有这个版本");
                continue;
            }
            resolved.add(item);
            checkItem(item, entry, ids, groups, seenBefore, violations);
            counts.merge(item.type(), 1, Integer::sum);
        }
        for (Section section : blueprint.sections()) {
            int count = counts.getOrDefault(section.type(), 0);
            if (count < section.count() || count > section.maxCount()) {
                violations.add(section.type().chineseName() + "：应为 " + section.countLabel() + "，实为 " + count + " 题");
            }
        }
        if (paper.totalPoints() != blueprint.totalPoints()) {
            violations.add("总分应为 " + blueprint.totalPoints() + "，实为 " + paper.totalPoints());
        }
        for (ShareRow row : blueprint.rows()) {
            checkRow(row, resolved, violations);
        }
        checkSets(resolved, violations);
        return new CheckReport(violations);
    }

    private void checkItem(
            AssemblyItem item,
            PaperItem entry,
            Set<String> ids,
            Set<String> groups,
            Set<String> seenBefore,
            List<String> violations) {
        if (!ids.add(item.id())) {
            violations.add(item.id() + "：同一题出现两次");
        }
        for (String group : item.mutexGroups()) {
            if (!groups.add(group)) {
                violations.add(item.id() + "：与同一互斥组 " + group + " 的题同卷");
            }
        }
        if (seenBefore.contains(item.id())) {
            violations.add(item.id() + "：考生以前做过");
        }
        if (!item.levels().contains(blueprint.level())) {
            violations.add(item.id() + "：不适用于 " + blueprint.level().label());
        }
        Section section = blueprint.section(item.type()).orElse(null);
        if (section == null) {
            violations.add(item.id() + "：试卷没有" + item.type().chineseName() + "题型");
        } else if (entry.points() != section.pointsEach() || entry.type() != item.type()) {
            violations.add(item.id() + "：分值或题型与比重表不符");
        }
    }

    /** An item set (题组) is in the paper whole or not at all. */
    private void checkSets(List<AssemblyItem> paperItems, List<String> violations) {
        Map<String, Integer> inPaper = new HashMap<>();
        paperItems.forEach(i -> {
            if (i.itemSet() != null) {
                inPaper.merge(i.itemSet(), 1, Integer::sum);
            }
        });
        inPaper.forEach((set, count) -> {
            long size = setSizes.getOrDefault(set, 0);
            if (count != size) {
                violations.add("题组 " + set + "：共 " + size + " 题，卷中只有 " + count + " 题（题组须整组入卷）");
            }
        });
    }

    private void checkRow(ShareRow row, List<AssemblyItem> items, List<String> violations) {
        double points = 0;
        int questions = 0;
        for (AssemblyItem item : items) {
            RowScope s = item == null ? null : row.scope();
            if (s != null
                    && (s.node() == null || taxonomy.isWithin(item.leaf(), s.node()))
                    && item.difficulty().value() >= s.minDifficulty()
                    && item.difficulty().value() <= s.maxDifficulty()
                    && (s.cognitive() == null || s.cognitive() == item.cognitive())
                    && (s.type() == null || s.type() == item.type())) {
                points +=
                        blueprint.section(item.type()).map(Section::pointsEach).orElse(0);
                questions++;
            }
        }
        if (row.counted()) {
            if (questions < row.counts().min() || questions > row.counts().max()) {
                violations.add(row.label(taxonomy) + "：有 " + questions + " 题，应为" + row.boundLabel());
            }
            return;
        }
        double share = 100.0 * points / blueprint.totalPoints();
        if (share < row.percent() - row.tolerance() - 1e-9 || share > row.percent() + row.tolerance() + 1e-9) {
            violations.add(String.format(
                    "%s：占 %.1f%%，应为 %s%%±%s%%", row.scope().label(taxonomy), share, row.percent(), row.tolerance()));
        }
    }
}
