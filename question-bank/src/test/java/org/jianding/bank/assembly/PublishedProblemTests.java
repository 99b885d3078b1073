package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.jianding.bank.assembly.TestDesignProblems.Mapping;
import org.jianding.bank.assembly.TestDesignProblems.Problem;
import org.junit.jupiter.api.Test;

/**
 * Published assembly problems (the R package TestDesign's science and fatigue pools and constraints, see {@code
 * testdesign/README.md}) mapped onto the blueprint model: every mapped row selects exactly the items its source
 * condition selects; the engine's paper passes {@link PaperChecker} and, recounted from the source's own attributes
 * and conditions, meets every source constraint the model expresses; engine and {@link CpSatReference} agree on
 * feasibility (also for variants with one row's bounds moved); the information target at θ = −1, 0, 1 (TestDesign's
 * own static test uses these points) reaches the reference's maximin optimum.
 */
class PublishedProblemTests {

    static final List<Double> THETAS = List.of(-1.0, 0.0, 1.0);

    @Test
    void everySourceConstraintIsMappedMergedOrNamedAsNotExpressible() {
        for (Problem problem : List.of(TestDesignProblems.science(), TestDesignProblems.fatigue())) {
            Set<String> accounted = new HashSet<>(problem.notExpressed().keySet());
            Set<String> forced = problem.mappings().stream()
                    .map(Mapping::forced)
                    .filter(f -> f != null)
                    .collect(Collectors.toSet());
            Set<String> eligible = problem.bank().stream()
                    .filter(i -> i.levels().contains(problem.blueprint().level()))
                    .map(AssemblyItem::id)
                    .collect(Collectors.toSet());
            for (Mapping m : problem.mappings()) {
                accounted.addAll(m.sources());
                Set<String> byScope = new HashSet<>();
                for (AssemblyItem item : problem.bank()) {
                    if (eligible.contains(item.id())
                            && m.scope()
                                    .matches(
                                            problem.taxonomy().ancestorsOrSelf(item.leaf()),
                                            item.difficulty().value(),
                                            item.cognitive(),
                                            item.type())) {
                        byScope.add(item.id());
                    }
                }
                if (m.forced() != null) {
                    // a row of 1–1 on the item's own leaf: the item is in every paper
                    assertThat(byScope).containsExactly(m.forced());
                    assertThat(List.of(m.min(), m.max())).containsExactly(1, 1);
                    continue;
                }
                Set<String> bySource = new HashSet<>();
                int min = 0;
                int max = 0;
                for (String id : m.sources()) {
                    Map<String, String> c = constraint(problem, id);
                    bySource.addAll(matching(problem, c.get("CONDITION")));
                    min += Integer.parseInt(c.get("LB"));
                    max += Integer.parseInt(c.get("UB"));
                }
                bySource.retainAll(eligible);
                // an included item the row's scope leaves out is counted by the source: the row's bounds are less
                Set<String> leftOut = new HashSet<>(bySource);
                leftOut.removeAll(byScope);
                assertThat(forced).as("%s %s", problem.name(), m.sources()).containsAll(leftOut);
                bySource.removeAll(leftOut);
                min -= leftOut.size();
                max -= leftOut.size();
                assertThat(byScope).as("%s %s", problem.name(), m.sources()).isEqualTo(bySource);
                assertThat(List.of(m.min(), m.max())).as("%s", m.sources()).containsExactly(min, max);
            }
            for (Map<String, String> c : problem.constraints()) {
                String type = c.get("TYPE");
                if (type.equals("Number") && c.get("CONDITION").isEmpty()) {
                    // the form's length: the blueprint's total of one point a question
                    assertThat(problem.blueprint().totalPoints()).isEqualTo(Integer.parseInt(c.get("LB")));
                    assertThat(problem.blueprint().itemCount()).isLessThanOrEqualTo(Integer.parseInt(c.get("LB")));
                    accounted.add(c.get("CONSTRAINT_ID"));
                } else if (Set.of("Enemy", "AllOrNone", "Exclude", "Include").contains(type)) {
                    accounted.add(c.get("CONSTRAINT_ID"));
                }
            }
            assertThat(accounted)
                    .as(problem.name())
                    .containsAll(problem.constraints().stream()
                            .map(c -> c.get("CONSTRAINT_ID"))
                            .toList());
            assertThat(BlueprintValidator.validate(problem.blueprint(), problem.taxonomy()))
                    .isEmpty();
        }
    }

    @Test
    void fatigueFormMeetsEveryConstraintWithAllItsEnemyPairs() {
        Problem problem = TestDesignProblems.fatigue();
        assertThat(CpSatReference.paperExists(problem.blueprint(), problem.taxonomy(), problem.bank(), Set.of()))
                .isTrue();
        long start = System.nanoTime();
        PaperAssembly assembly = PaperAssembly.prepare(problem.blueprint(), problem.taxonomy(), problem.bank());
        for (long seed = 1; seed <= 20; seed++) {
            Paper paper = assembly.assemble(AssemblyRequest.seeded(seed)).paper();
            assertThat(paper).as("seed %d", seed).isNotNull();
            assertThat(new PaperChecker(problem.blueprint(), problem.taxonomy(), problem.bank())
                            .check(paper, Set.of())
                            .violations())
                    .isEmpty();
            assertThat(recount(problem, paper)).as("seed %d", seed).isEmpty();
        }
        System.out.printf(
                "fatigue: %d items, %d enemy groups, 20 forms of %d in %.0f ms%n",
                problem.bank().size(),
                problem.bank().stream()
                        .flatMap(i -> i.mutexGroups().stream())
                        .distinct()
                        .count(),
                problem.blueprint().totalPoints(),
                (System.nanoTime() - start) / 1e6);
    }

    @Test
    void scienceFormMeetsEveryExpressedConstraintAndReachesTheMaximinOptimum() {
        Problem problem = TestDesignProblems.science();
        Blueprint blueprint = problem.blueprint().withInformationTarget(new InformationTarget(THETAS, 0));
        long start = System.nanoTime();
        assertThat(CpSatReference.paperExists(blueprint, problem.taxonomy(), problem.bank(), Set.of()))
                .isTrue();
        double best = CpSatReference.bestInformation;
        long reference = System.nanoTime() - start;
        start = System.nanoTime();
        PaperAssembly assembly = PaperAssembly.prepare(blueprint, problem.taxonomy(), problem.bank());
        AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(2026));
        long engine = System.nanoTime() - start;
        assertThat(result.isAssembled()).as("%s", result.diagnosis()).isTrue();
        Paper paper = result.paper();
        assertThat(new PaperChecker(blueprint, problem.taxonomy(), problem.bank())
                        .check(paper, Set.of())
                        .violations())
                .isEmpty();
        List<String> unmet = recount(problem, paper);
        assertThat(unmet).allMatch(u -> problem.merged().contains(u.split(" ")[0]));

        List<AssemblyItem> items = items(problem, paper);
        double weakest = THETAS.stream()
                .mapToDouble(t -> InformationTarget.information(items, t))
                .min()
                .orElseThrow();
        // both optimal on information rounded to thousandths per item (30 items, 3 points)
        assertThat(weakest).isCloseTo(best, Offset.offset(0.0005 * 30 * 3));

        System.out.printf(
                "science: %d items (%d eligible), %d rows, %d sections; reference %.0f ms, engine %.0f ms;"
                        + " 2PL maximin %.3f (optimum %.3f); source rows not met (merged types): %s%n",
                problem.bank().size(),
                assembly.eligibleItems(),
                blueprint.rows().size(),
                blueprint.sections().size(),
                reference / 1e6,
                engine / 1e6,
                weakest,
                best,
                unmet);

        // a minimum above the optimum: both say no paper, the engine with a proof
        Blueprint tooMuch = problem.blueprint().withInformationTarget(new InformationTarget(THETAS, best + 0.5));
        assertThat(CpSatReference.paperExists(tooMuch, problem.taxonomy(), problem.bank(), Set.of()))
                .isFalse();
        AssemblyResult refusal = PaperAssembly.prepare(tooMuch, problem.taxonomy(), problem.bank())
                .assemble(AssemblyRequest.seeded(2026));
        assertThat(refusal.isAssembled()).isFalse();
        assertThat(refusal.diagnosis().proven()).isTrue();
    }

    @Test
    void whatTheTwoPlProxyCostsUnderTheSourceModels() {
        // the engine's paper measured under the source's own models (3PL with its c; GPC), against the best paper
        // under those models: with the GPC items' information, and with 3PL items only (what c alone costs)
        System.out.print("a and b of the 3PL, GPC none: ");
        double[] plain = proxyCost(TestDesignProblems.science(false));
        System.out.print("peak-matched 2PL: ");
        double[] peak = proxyCost(TestDesignProblems.science(true));
        // peak-matched: within 5 % of the best the source's models allow (96.0 % when written)
        assertThat(peak[0]).isGreaterThanOrEqualTo(0.95 * peak[1]);
        // TestDesign's own static test asks TIF 20 at these points; the mapping only relaxes the source (merged
        // types), so its optimum bounds the source's from above: 20 at every point is out of reach
        assertThat(peak[1]).isLessThan(20 - 0.0005 * 30 * 3);
        // a and b alone: the GPC items' information is lost, and c makes the 2PL overrate some 3PL items
        assertThat(plain[0]).isLessThan(0.9 * peak[0]);
        assertThat(plain[0]).isLessThanOrEqualTo(plain[2] + 1e-9);
    }

    private static double[] proxyCost(Problem problem) {
        Blueprint blueprint = problem.blueprint().withInformationTarget(new InformationTarget(THETAS, 0));
        Paper paper = PaperAssembly.prepare(blueprint, problem.taxonomy(), problem.bank())
                .assemble(AssemblyRequest.seeded(2026))
                .paper();
        Map<String, Map<String, String>> pool = SourceModels.sciencePool();
        java.util.function.ToDoubleBiFunction<AssemblyItem, Double> all =
                (item, theta) -> SourceModels.sourceInformation(pool.get(item.id()), theta);
        java.util.function.ToDoubleBiFunction<AssemblyItem, Double> threePl =
                (item, theta) -> pool.get(item.id()).get("MODEL").equals("3PL") ? all.applyAsDouble(item, theta) : 0;
        List<AssemblyItem> items = items(problem, paper);
        double achieved = THETAS.stream()
                .mapToDouble(t ->
                        items.stream().mapToDouble(i -> all.applyAsDouble(i, t)).sum())
                .min()
                .orElseThrow();
        double withGpc = sourceOptimum(problem, blueprint, all);
        double withoutGpc = sourceOptimum(problem, blueprint, threePl);
        System.out.printf(
                "science under 3PL/GPC: engine's paper %.3f; optimum %.3f (%.1f%%), over 3PL items only %.3f"
                        + " (%.1f%%)%n",
                achieved, withGpc, 100 * achieved / withGpc, withoutGpc, 100 * achieved / withoutGpc);
        return new double[] {achieved, withGpc, withoutGpc};
    }

    private static double sourceOptimum(
            Problem problem,
            Blueprint blueprint,
            java.util.function.ToDoubleBiFunction<AssemblyItem, Double> information) {
        assertThat(CpSatReference.paperExists(
                        blueprint,
                        problem.taxonomy(),
                        problem.bank(),
                        Set.of(),
                        List.of(),
                        Integer.MAX_VALUE,
                        blueprint.rows(),
                        null,
                        null,
                        information))
                .isTrue();
        return CpSatReference.bestInformation;
    }

    @Test
    void theSciencePoolNeedsItsOneCrossCodedItemInEveryForm() {
        // without SC00421 (standard 2, objective 3E) and with 3B/3E at 2–3 as the source writes it, no form exists
        Problem problem = TestDesignProblems.science();
        List<ShareRow> rows = new ArrayList<>(problem.blueprint().rows());
        ShareRow other = rows.get(problem.rowOf("C19"));
        rows.set(problem.rowOf("C19"), ShareRow.count(other.scope(), 2, 3));
        rows.removeIf(r -> r.scope().node() != null && r.scope().node().equals("2/3E"));
        Blueprint without = problem.withRows(rows);
        assertThat(CpSatReference.paperExists(without, problem.taxonomy(), problem.bank(), Set.of("SC00421")))
                .isFalse();
        AssemblyResult result = PaperAssembly.prepare(without, problem.taxonomy(), problem.bank())
                .assemble(AssemblyRequest.seeded(1).excluding(Set.of("SC00421")));
        assertThat(result.isAssembled()).isFalse();
        assertThat(result.diagnosis().proven()).isTrue();
        System.out.println("science without SC00421: " + result.diagnosis().messages());
    }

    @Test
    void engineAndReferenceAgreeWhenOneRowIsMoved() {
        int feasible = 0;
        int infeasible = 0;
        for (Problem problem : List.of(TestDesignProblems.fatigue(), TestDesignProblems.science())) {
            List<ShareRow> rows = problem.blueprint().rows();
            for (int r = 0; r < rows.size(); r++) {
                ShareRow row = rows.get(r);
                for (int shift : List.of(-1, 1)) {
                    int min = Math.max(0, row.counts().min() + shift);
                    int max = Math.max(min, row.counts().max() + shift);
                    Blueprint variant = problem.withRow(r, ShareRow.count(row.scope(), min, max));
                    if (!BlueprintValidator.validate(variant, problem.taxonomy())
                            .isEmpty()) {
                        continue;
                    }
                    boolean exists = CpSatReference.paperExists(variant, problem.taxonomy(), problem.bank(), Set.of());
                    AssemblyResult result = PaperAssembly.prepare(variant, problem.taxonomy(), problem.bank())
                            .assemble(AssemblyRequest.seeded(r));
                    String what = problem.name() + " " + row.scope().label(problem.taxonomy()) + " " + min + "–" + max;
                    assertThat(result.isAssembled()).as(what).isEqualTo(exists);
                    if (exists) {
                        assertThat(new PaperChecker(variant, problem.taxonomy(), problem.bank())
                                        .check(result.paper(), Set.of())
                                        .violations())
                                .as(what)
                                .isEmpty();
                        feasible++;
                    } else {
                        assertThat(result.diagnosis().proven()).as(what).isTrue();
                        infeasible++;
                    }
                }
            }
        }
        System.out.printf("moved rows: %d feasible, %d infeasible, engine and reference agree%n", feasible, infeasible);
        assertThat(feasible).isGreaterThanOrEqualTo(10);
        assertThat(infeasible).isGreaterThanOrEqualTo(10);
    }

    /**
     * The source constraints the paper does not meet, each as "ID why", recounted from the source attributes and
     * conditions alone: Number (lower and upper bound), Enemy (at most one), AllOrNone (none or all), Exclude (none).
     */
    static List<String> recount(Problem problem, Paper paper) {
        Set<String> ids = paper.refs().stream().map(ItemRef::id).collect(Collectors.toSet());
        List<String> unmet = new ArrayList<>();
        for (Map<String, String> c : problem.constraints()) {
            if (!c.get("ONOFF").isEmpty() || problem.notExpressed().containsKey(c.get("CONSTRAINT_ID"))) {
                continue;
            }
            Set<String> scope = matching(problem, c.get("CONDITION"));
            long in = scope.stream().filter(ids::contains).count();
            String id = c.get("CONSTRAINT_ID");
            switch (c.get("TYPE")) {
                case "Number" -> {
                    if (in < Integer.parseInt(c.get("LB")) || in > Integer.parseInt(c.get("UB"))) {
                        unmet.add(id + " has " + in + ", wants " + c.get("LB") + "–" + c.get("UB"));
                    }
                }
                case "Enemy" -> {
                    if (in > 1) {
                        unmet.add(id + " enemies together");
                    }
                }
                case "AllOrNone" -> {
                    if (in != 0 && in != scope.size()) {
                        unmet.add(id + " split");
                    }
                }
                case "Include" -> {
                    if (in < scope.size()) {
                        unmet.add(id + " included item missing");
                    }
                }
                case "Exclude" -> {
                    if (in > 0) {
                        unmet.add(id + " excluded item taken");
                    }
                }
                default -> throw new IllegalStateException("unmapped " + c);
            }
        }
        return unmet;
    }

    private static Set<String> matching(Problem problem, String condition) {
        return problem.attributes().entrySet().stream()
                .filter(e -> SourceTable.holds(condition, e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Map<String, String> constraint(Problem problem, String id) {
        return problem.constraints().stream()
                .filter(c -> c.get("CONSTRAINT_ID").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<AssemblyItem> items(Problem problem, Paper paper) {
        Map<String, AssemblyItem> byId = new HashMap<>();
        problem.bank().forEach(i -> byId.put(i.id(), i));
        return paper.refs().stream().map(r -> byId.get(r.id())).toList();
    }
}
