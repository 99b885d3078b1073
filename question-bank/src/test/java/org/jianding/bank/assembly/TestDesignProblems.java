package org.jianding.bank.assembly;

import static org.jianding.bank.item.CognitiveLevel.AWARE;
import static org.jianding.bank.item.CognitiveLevel.FAMILIAR;
import static org.jianding.bank.item.CognitiveLevel.MASTER;
import static org.jianding.bank.item.QuestionType.CASE_ANALYSIS;
import static org.jianding.bank.item.QuestionType.FILL_BLANK;
import static org.jianding.bank.item.QuestionType.MULTIPLE_CHOICE;
import static org.jianding.bank.item.QuestionType.SHORT_ANSWER;
import static org.jianding.bank.item.QuestionType.SINGLE_CHOICE;
import static org.jianding.bank.item.QuestionType.TRUE_FALSE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.irt.ItemParameters;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * Two published assembly problems of the R package TestDesign (fixtures under {@code testdesign/}, see the README
 * there), mapped onto the blueprint model as faithfully as it allows. Each source constraint is either mapped (a
 * count row, a section's count range, a 互斥 group, an item set, ineligibility), mapped only merged with another
 * ({@link Problem#merged}), or named in {@link Problem#notExpressed} with the reason.
 */
final class TestDesignProblems {

    /** A source count constraint (or several merged) as one scope with bounds; a section when {@code section}. */
    record Mapping(List<String> sources, RowScope scope, int min, int max, boolean section, String forced) {}

    record Problem(
            String name,
            Taxonomy taxonomy,
            Blueprint blueprint,
            List<AssemblyItem> bank,
            Map<String, Map<String, String>> attributes,
            List<Map<String, String>> constraints,
            List<Mapping> mappings,
            Set<String> merged,
            Map<String, String> notExpressed) {

        /** The blueprint with {@code replaced} in place of the row at {@code index}. */
        Blueprint withRow(int index, ShareRow replaced) {
            List<ShareRow> rows = new ArrayList<>(blueprint.rows());
            rows.set(index, replaced);
            return withRows(rows);
        }

        /** The index in the blueprint's rows of the row mapped from source constraint {@code id}. */
        int rowOf(String id) {
            List<Mapping> rows = mappings.stream().filter(m -> !m.section()).toList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).sources().contains(id)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(id);
        }

        Blueprint withRows(List<ShareRow> rows) {
            return new Blueprint(
                    blueprint.name() + " variant",
                    blueprint.level(),
                    blueprint.totalPoints(),
                    blueprint.duration(),
                    blueprint.passMark(),
                    blueprint.sections(),
                    rows,
                    blueprint.facilityBand(),
                    blueprint.informationTarget());
        }
    }

    private TestDesignProblems() {}

    private static final Map<String, Problem> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The science pool (1000 items, 30-item form): STANDARD → OBJECTIVE groups as the taxonomy (items coded across
     * standards and included items on leaves of their own), LEVEL (3/4/5) as the cognitive level (了解/熟悉/掌握:
     * three values, equality rows), DOK (1–3) as difficulty (a range, for the DOK ≥ k rows), the eight TYPEs as six
     * question types (two pairs merged), each item (3PL or GPC) as the 2PL whose information peaks where and as high
     * as its own.
     */
    static Problem science() {
        return science(true);
    }

    static Problem science(boolean peakMatched) {
        return LOADED.computeIfAbsent("science " + peakMatched, k -> loadScience(peakMatched));
    }

    /** The fatigue pool, see {@link #loadFatigue}. */
    static Problem fatigue() {
        return LOADED.computeIfAbsent("fatigue", k -> loadFatigue());
    }

    /**
     * @param peakMatched each item's 2PL parameters give the peak (height and ability) of its information under its
     *     source model (3PL or GPC); otherwise the 3PL a and b as they are (c dropped) and the GPC items none
     */
    private static Problem loadScience(boolean peakMatched) {
        String[][] tree = {
            {"S1", "Standard 1", null},
            {"S3", "Standard 3", null},
            {"S24", "Standards 2 and 4", null},
            {"S2", "Standard 2", "S24"},
            {"S4", "Standard 4", "S24"},
            {"1BCGI", "1B 1C 1G 1I", "S1"},
            {"1DF", "1D 1F", "S1"},
            {"1EJK", "1E 1J 1K", "S1"},
            {"2BCD", "2B 2C 2D", "S2"},
            {"4AD", "4A 4D", "S4"},
            {"4BE", "4B 4E", "S4"},
            {"4CF", "4C 4F", "S4"},
            {"3AD", "3A 3D", "S3"},
            {"3BE", "3B 3E", "S3"},
            {"3CF", "3C 3F", "S3"}
        };
        Map<String, Map<String, String>> pool = byId(SourceTable.read("itempool_science_1000.csv"));
        Map<String, Map<String, String>> attributes = byId(SourceTable.read("itemattrib_science_1000.csv"));
        List<Map<String, String>> constraints = SourceTable.read("constraints_science_1000.csv");
        Map<String, String> objectiveParent = new LinkedHashMap<>();
        for (String node : List.of("1A", "1H", "1L")) {
            objectiveParent.put(node, "S1");
        }
        objectiveParent.put("2A", "S2");
        for (String[] n : tree) {
            if (n[0].matches("\\d[A-Z]+")) {
                for (char c : n[0].substring(1).toCharArray()) {
                    objectiveParent.put(n[0].charAt(0) + String.valueOf(c), n[0]);
                }
            }
        }
        List<TaxonomyNode> nodes = new ArrayList<>();
        for (String[] n : tree) {
            nodes.add(new TaxonomyNode(n[0], n[1], n[2]));
        }
        objectiveParent.forEach((objective, parent) -> nodes.add(TaxonomyNode.child(objective, objective, parent)));
        // a knowledge leaf of their own: items coded to an objective of another standard (the tree cannot hold
        // them in both), and the items the source includes (a row of 1–1 on the leaf then includes them)
        Set<String> included = new java.util.TreeSet<>();
        constraints.stream()
                .filter(c -> c.get("TYPE").equals("Include"))
                .forEach(c -> attributes.values().stream()
                        .filter(a -> SourceTable.holds(c.get("CONDITION"), a))
                        .forEach(a -> included.add(a.get("ID"))));
        Map<String, String> leafOf = new HashMap<>();
        for (Map<String, String> a : attributes.values()) {
            String objective = a.get("OBJECTIVE");
            String standard = a.get("STANDARD");
            String leaf = objective;
            if (!objective.startsWith(standard)) {
                leaf = standard + "/" + objective;
                nodes.add(TaxonomyNode.child(leaf, "Standard " + standard + ", coded " + objective, "S" + standard));
            } else if (included.contains(a.get("ID"))) {
                leaf = a.get("ID");
                nodes.add(TaxonomyNode.child(leaf, leaf, objectiveParent.get(objective)));
            }
            leafOf.put(a.get("ID"), leaf);
        }
        Taxonomy taxonomy = Taxonomy.of(nodes);

        List<Mapping> mappings = new ArrayList<>();
        mappings.add(count("C2", RowScope.cognitive(AWARE), 10, 10));
        mappings.add(count("C3", RowScope.cognitive(FAMILIAR), 10, 10));
        mappings.add(count("C4", RowScope.cognitive(MASTER), 10, 10));
        String[][] areas = {
            {"C5", "S1", "17", "20"}, {"C6", "S24", "6", "8"}, {"C7", "S3", "2", "4"}, {"C8", "1A", "2", "3"},
            {"C9", "1BCGI", "5", "6"}, {"C10", "1DF", "5", "6"}, {"C11", "1EJK", "3", "4"}, {"C12", "1H", "1", "1"},
            {"C13", "2A", "2", "2"}, {"C14", "2BCD", "1", "1"}, {"C15", "4AD", "1", "1"}, {"C16", "4BE", "1", "1"},
            {"C17", "4CF", "1", "1"}, {"C18", "3AD", "3", "3"}, {"C19", "3BE", "1", "2"}, {"C20", "3CF", "0", "3"}
        };
        for (String[] a : areas) {
            mappings.add(count(a[0], RowScope.area(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3])));
        }
        // SC00421 (standard 2, objective 3E) is in every form the source allows: without it 3A/3D (3) and 3B/3E
        // (at least 2) would put 5 items in standard 3, which allows 4. So it is included, and the 3B/3E row
        // counts the others: 1–2 instead of 2–3.
        mappings.add(new Mapping(List.of(), RowScope.area("2/3E"), 1, 1, false, "SC00421"));
        for (String id : included) {
            mappings.add(new Mapping(List.of("C34"), RowScope.area(id), 1, 1, false, id));
        }
        mappings.add(count("C21", RowScope.area("S1").withDifficulty(2, 3), 7, 30));
        mappings.add(count("C22", RowScope.area("S24").withDifficulty(3, 3), 2, 30));
        mappings.add(count("C23", RowScope.area("S3").withDifficulty(3, 3), 2, 30));
        mappings.add(section(List.of("C31"), SINGLE_CHOICE, 5, 8));
        mappings.add(section(List.of("C30"), MULTIPLE_CHOICE, 1, 2));
        mappings.add(section(List.of("C26"), FILL_BLANK, 1, 2));
        mappings.add(section(List.of("C25"), SHORT_ANSWER, 12, 15));
        mappings.add(section(List.of("C24", "C29"), TRUE_FALSE, 2 + 2, 4 + 4));
        mappings.add(section(List.of("C27", "C28"), CASE_ANALYSIS, 1 + 1, 3 + 3));
        Map<String, QuestionType> types = Map.of(
                "SRSI",
                SINGLE_CHOICE,
                "SRMU",
                MULTIPLE_CHOICE,
                "FILL",
                FILL_BLANK,
                "EQTN",
                SHORT_ANSWER,
                "DRAG",
                TRUE_FALSE,
                "MATCH",
                TRUE_FALSE,
                "GRAPH",
                CASE_ANALYSIS,
                "HOTS",
                CASE_ANALYSIS);

        List<AssemblyItem> bank = new ArrayList<>();
        for (Map<String, String> a : attributes.values()) {
            Map<String, String> p = pool.get(a.get("ID"));
            ItemParameters irt = peakMatched
                    ? SourceModels.peakMatched(p)
                    : p.get("MODEL").equals("3PL")
                            ? ItemParameters.ofDifficulty(
                                    Double.parseDouble(p.get("PAR1")), Double.parseDouble(p.get("PAR2")))
                            : null;
            Difficulty dok = Difficulty.of(Integer.parseInt(a.get("DOK")));
            CognitiveLevel level = CognitiveLevel.values()[Integer.parseInt(a.get("LEVEL")) - 3];
            bank.add(new AssemblyItem(
                            new ItemRef(a.get("ID"), 1),
                            leafOf.get(a.get("ID")),
                            types.get(a.get("TYPE")),
                            dok,
                            level,
                            Set.of(Level.INTERMEDIATE),
                            Double.parseDouble(a.get("PVALUE")),
                            Set.of(),
                            null)
                    .withIrt(irt));
        }
        Map<String, String> notExpressed = new LinkedHashMap<>();
        notExpressed.put("C32", "Order (items ordered by LEVEL): a paper lists its items in section order, no other");
        Blueprint blueprint = blueprint("TestDesign science 30", 30, mappings);
        return new Problem(
                "science",
                taxonomy,
                blueprint,
                applyItemConstraints(bank, attributes, constraints),
                attributes,
                constraints,
                mappings,
                Set.of("C24", "C29", "C27", "C28"),
                notExpressed);
    }

    /**
     * The fatigue pool (95 items, 12-item form): SubDomain → SubSubDomain as the taxonomy, RatingScale as two
     * sections, Strata (1–3) as the cognitive level, FACIT (present or not) as difficulty 2 or 1, each Enemy pair a
     * 互斥 group. The pool is calibrated with the graded response model, which the model's 2PL cannot carry.
     */
    private static Problem loadFatigue() {
        Taxonomy taxonomy = Taxonomy.of(List.of(
                TaxonomyNode.root("IMP", "Impact"),
                TaxonomyNode.child("IMP-M", "Impact / Mental", "IMP"),
                TaxonomyNode.child("IMP-S", "Impact / Social", "IMP"),
                TaxonomyNode.child("IMP-O", "Impact / other", "IMP"),
                TaxonomyNode.root("EXP", "Experience"),
                TaxonomyNode.child("EXP-O", "Experience / all", "EXP")));
        List<Mapping> mappings = List.of(
                count("C2", RowScope.area("IMP"), 6, 6),
                count("C3", RowScope.area("EXP"), 6, 6),
                count("C4", RowScope.area("IMP-M"), 1, 2),
                count("C5", RowScope.area("IMP-S"), 1, 2),
                section(List.of("C6"), SINGLE_CHOICE, 6, 6),
                section(List.of("C7"), MULTIPLE_CHOICE, 6, 6),
                count("C8", RowScope.cognitive(AWARE), 4, 4),
                count("C9", RowScope.cognitive(FAMILIAR), 4, 4),
                count("C10", RowScope.cognitive(MASTER), 4, 4),
                count("C11", RowScope.difficulty(2, 2), 1, 2));
        Map<String, Map<String, String>> attributes = byId(SourceTable.read("itemattrib_fatigue_95.csv"));
        List<AssemblyItem> bank = new ArrayList<>();
        for (Map<String, String> a : attributes.values()) {
            String sub = a.get("SUBSUBDOMAIN");
            String leaf = a.get("SUBDOMAIN").equals("Experience")
                    ? "EXP-O"
                    : sub.equals("Mental") ? "IMP-M" : sub.equals("Social") ? "IMP-S" : "IMP-O";
            Difficulty facit = Difficulty.of(a.get("FACIT").isEmpty() ? 1 : 2);
            bank.add(new AssemblyItem(
                    new ItemRef(a.get("ID"), 1),
                    leaf,
                    a.get("RATINGSCALE").equals("Intensity") ? SINGLE_CHOICE : MULTIPLE_CHOICE,
                    facit,
                    CognitiveLevel.values()[Integer.parseInt(a.get("STRATA")) - 1],
                    Set.of(Level.INTERMEDIATE),
                    FacilityPolicy.defaultFacility(facit),
                    Set.of(),
                    null));
        }
        List<Map<String, String>> constraints = SourceTable.read("constraints_fatigue_95.csv");
        Map<String, String> notExpressed = new LinkedHashMap<>();
        notExpressed.put("C12", "Order (items ordered by STRATA): a paper lists its items in section order, no other");
        return new Problem(
                "fatigue",
                taxonomy,
                blueprint("TestDesign fatigue 12", 12, mappings),
                applyItemConstraints(bank, attributes, constraints),
                attributes,
                constraints,
                mappings,
                Set.of(),
                notExpressed);
    }

    /** Enemy → a 互斥 group, AllOrNone → an item set, Exclude → not eligible at the blueprint's level. */
    private static List<AssemblyItem> applyItemConstraints(
            List<AssemblyItem> bank, Map<String, Map<String, String>> attributes, List<Map<String, String>> rows) {
        List<AssemblyItem> mapped = new ArrayList<>();
        for (AssemblyItem item : bank) {
            Map<String, String> a = attributes.get(item.id());
            for (Map<String, String> row : rows) {
                if (!Set.of("Enemy", "AllOrNone", "Exclude").contains(row.get("TYPE"))
                        || !row.get("ONOFF").isEmpty()
                        || !SourceTable.holds(row.get("CONDITION"), a)) {
                    continue;
                }
                switch (row.get("TYPE")) {
                    case "Enemy" -> item = item.withMutexGroup(row.get("CONSTRAINT_ID"));
                    case "AllOrNone" -> item = item.inItemSet(row.get("CONSTRAINT_ID"));
                    case "Exclude" ->
                        item = new AssemblyItem(
                                        item.ref(),
                                        item.leaf(),
                                        item.type(),
                                        item.difficulty(),
                                        item.cognitive(),
                                        Set.of(Level.EXPERT),
                                        item.facility(),
                                        item.mutexGroups(),
                                        item.itemSet())
                                .withIrt(item.irt());
                    default -> {}
                }
            }
            mapped.add(item);
        }
        return mapped;
    }

    private static Blueprint blueprint(String name, int items, List<Mapping> mappings) {
        List<Section> sections = new ArrayList<>();
        List<ShareRow> rows = new ArrayList<>();
        for (Mapping m : mappings) {
            if (m.section()) {
                sections.add(Section.range(m.scope().type(), m.min(), m.max(), 1));
            } else {
                rows.add(ShareRow.count(m.scope(), m.min(), m.max()));
            }
        }
        return new Blueprint(name, Level.INTERMEDIATE, items, Duration.ofMinutes(60), items / 2, sections, rows);
    }

    private static Mapping count(String source, RowScope scope, int min, int max) {
        return new Mapping(List.of(source), scope, min, max, false, null);
    }

    private static Mapping section(List<String> sources, QuestionType type, int min, int max) {
        return new Mapping(sources, RowScope.type(type), min, max, true, null);
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.get("ID"), r));
        return byId;
    }
}
