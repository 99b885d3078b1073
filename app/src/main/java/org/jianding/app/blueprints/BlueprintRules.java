package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.BlueprintValidator;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.item.Difficulty;

/**
 * Checks a blueprint before it is saved or assembled: first what the engine's types cannot even hold (missing types,
 * impossible difficulty ranges), then the engine's {@link BlueprintValidator}, whose messages are attached to the
 * section, row or group of rows they are about, so the editor can show each next to what must change. Each problem is
 * placed by the engine's Chinese wording and shown in the reader's words (the engine gives the same problems in the
 * same order in any words).
 */
public final class BlueprintRules {

    private static final Pattern ROW = Pattern.compile("^第 (\\d+) 行");

    private BlueprintRules() {}

    static List<BlueprintProblem> check(BlueprintSpec spec, Level level, Taxonomy taxonomy, BlueprintWords w) {
        List<BlueprintProblem> problems = new ArrayList<>();
        if (level == null) {
            problems.add(BlueprintProblem.general(w.get("noLevel")));
        }
        for (int i = 0; i < spec.sections().size(); i++) {
            if (spec.sections().get(i).type() == null) {
                problems.add(BlueprintProblem.section(i, w.get("noType", String.valueOf(i + 1))));
            }
        }
        for (int i = 0; i < spec.rows().size(); i++) {
            RowSpec row = spec.rows().get(i);
            if (row.minDifficulty() < Difficulty.MIN
                    || row.maxDifficulty() > Difficulty.MAX
                    || row.minDifficulty() > row.maxDifficulty()) {
                problems.add(BlueprintProblem.row(
                        i,
                        w.get(
                                "difficultyRange",
                                String.valueOf(i + 1),
                                String.valueOf(row.minDifficulty()),
                                String.valueOf(row.maxDifficulty()))));
            }
        }
        FacilityBandSpec band = spec.facilityBand();
        if (band != null && !band.valid()) {
            problems.add(BlueprintProblem.general(w.get("facilityBand")));
        }
        InformationTargetSpec information = spec.informationTarget();
        if (information != null && !information.valid()) {
            problems.add(BlueprintProblem.group("information", information.problem(w.words())));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        var blueprint = spec.toBlueprint("比重表", level);
        List<String> chinese = BlueprintValidator.validate(blueprint, taxonomy);
        List<String> worded = BlueprintValidator.validate(blueprint, taxonomy, w);
        for (int i = 0; i < chinese.size(); i++) {
            BlueprintProblem placed = attach(chinese.get(i), spec);
            problems.add(new BlueprintProblem(placed.target(), placed.index(), worded.get(i)));
        }
        return problems;
    }

    private static BlueprintProblem attach(String message, BlueprintSpec spec) {
        Matcher row = ROW.matcher(message);
        if (row.find()) {
            return BlueprintProblem.row(Integer.parseInt(row.group(1)) - 1, message);
        }
        for (int i = spec.sections().size() - 1; i >= 0; i--) {
            String name = spec.sections().get(i).type().chineseName();
            if (message.startsWith(name + "：") || message.equals("题型 " + name + " 重复出现")) {
                return BlueprintProblem.section(i, message);
            }
        }
        if (message.startsWith("各题型")) {
            return BlueprintProblem.group("sections", message);
        }
        if (message.startsWith("难度各行")) {
            return BlueprintProblem.group(RowSpec.Kind.DIFFICULTY.name(), message);
        }
        if (message.startsWith("认知层次各行")) {
            return BlueprintProblem.group(RowSpec.Kind.COGNITIVE.name(), message);
        }
        if (message.startsWith("各知识领域") || message.contains("的下级知识点")) {
            return BlueprintProblem.group(RowSpec.Kind.AREA.name(), message);
        }
        return BlueprintProblem.general(message);
    }
}
