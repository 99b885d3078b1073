package org.jianding.bank.assembly;

import static org.jianding.bank.item.CognitiveLevel.AWARE;
import static org.jianding.bank.item.CognitiveLevel.FAMILIAR;
import static org.jianding.bank.item.CognitiveLevel.MASTER;
import static org.jianding.bank.item.QuestionType.CASE_ANALYSIS;
import static org.jianding.bank.item.QuestionType.MULTIPLE_CHOICE;
import static org.jianding.bank.item.QuestionType.SHORT_ANSWER;
import static org.jianding.bank.item.QuestionType.SINGLE_CHOICE;
import static org.jianding.bank.item.QuestionType.TRUE_FALSE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/** The default taxonomy, a realistic 中级 blueprint (69 items, 24 constraint rows) and generated banks. */
public final class AssemblyFixture {

    private static final String[][] TREE = {
        {"G", "通用基础知识", null},
        {"G1", "电信行业概况", "G"},
        {"G2", "企业概况", "G"},
        {"G3", "法律法规", "G"},
        {"G4", "企业规章制度", "G"},
        {"Z", "专业基础知识", null},
        {"Z1", "管理基础知识", "Z"},
        {"Z2", "市场营销专业知识", "Z"},
        {"Z3", "电信技术知识", "Z"},
        {"Z31", "移动通信技术", "Z3"},
        {"Z32", "数据与专线", "Z3"},
        {"Z33", "云与信息化", "Z3"},
        {"Z4", "电信产品知识", "Z"},
        {"J", "岗位基础知识", null},
        {"J1", "服务礼仪及行为规范", "J"},
        {"J2", "重点业务知识", "J"},
        {"J3", "服务营销知识", "J"},
        {"J4", "客户关系管理", "J"},
        {"S", "岗位基本技能", null},
        {"S1", "需求分析", "S"},
        {"S2", "方案制定", "S"},
        {"S3", "客户拓展", "S"},
        {"S4", "客户维系", "S"}
    };

    static final List<String> LEAVES = List.of(
            "G1", "G2", "G3", "G4", "Z1", "Z2", "Z31", "Z32", "Z33", "Z4", "J1", "J2", "J3", "J4", "S1", "S2", "S3",
            "S4");

    private static final QuestionType[] TYPES = {
        SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, QuestionType.FILL_BLANK, SHORT_ANSWER, CASE_ANALYSIS
    };
    private static final double[] TYPE_WEIGHTS = {0.45, 0.22, 0.20, 0.05, 0.05, 0.03};
    private static final double[] DIFFICULTY_WEIGHTS = {0.15, 0.20, 0.35, 0.20, 0.10};

    private AssemblyFixture() {}

    public static Taxonomy taxonomy() {
        List<TaxonomyNode> nodes = new ArrayList<>();
        for (String[] n : TREE) {
            nodes.add(new TaxonomyNode(n[0], n[1], n[2]));
        }
        return Taxonomy.of(nodes);
    }

    public static List<Section> sections() {
        return List.of(
                new Section(SINGLE_CHOICE, 40, 1),
                new Section(MULTIPLE_CHOICE, 15, 2),
                new Section(TRUE_FALSE, 10, 1),
                new Section(SHORT_ANSWER, 3, 4),
                new Section(CASE_ANALYSIS, 1, 8));
    }

    /** 中级, 100 points: 5 sections and 19 weight rows (areas at two depths, difficulty, cognition, one cross row). */
    public static Blueprint blueprint() {
        return blueprint(List.of());
    }

    public static Blueprint blueprint(List<ShareRow> extraRows) {
        List<ShareRow> rows = new ArrayList<>(List.of(
                ShareRow.of(RowScope.area("G"), 20, 3),
                ShareRow.of(RowScope.area("Z"), 30, 3),
                ShareRow.of(RowScope.area("J"), 30, 3),
                ShareRow.of(RowScope.area("S"), 20, 3),
                ShareRow.of(RowScope.area("G1"), 5, 2),
                ShareRow.of(RowScope.area("G3"), 6, 2),
                ShareRow.of(RowScope.area("Z3"), 12, 3),
                ShareRow.of(RowScope.area("Z31"), 5, 2),
                ShareRow.of(RowScope.area("Z4"), 8, 3),
                ShareRow.of(RowScope.area("J2"), 10, 3),
                ShareRow.of(RowScope.area("J3"), 8, 3),
                ShareRow.of(RowScope.area("S1"), 6, 3),
                ShareRow.of(RowScope.difficulty(1, 2), 30, 5),
                ShareRow.of(RowScope.difficulty(3, 3), 45, 5),
                ShareRow.of(RowScope.difficulty(4, 5), 25, 5),
                ShareRow.of(RowScope.cognitive(AWARE), 25, 5),
                ShareRow.of(RowScope.cognitive(FAMILIAR), 40, 5),
                ShareRow.of(RowScope.cognitive(MASTER), 35, 5),
                ShareRow.of(RowScope.type(CASE_ANALYSIS).withCognitive(MASTER), 8, 0)));
        rows.addAll(extraRows);
        return new Blueprint("政企客户经理 三级(中级) v1", Level.INTERMEDIATE, 100, Duration.ofMinutes(90), 60, sections(), rows);
    }

    /**
     * The 中级 blueprint with the rows HR writes in questions: 单选 35–45 题 and 判断 5–15 题 (one point each, so the
     * engine chooses how the 50 points split), 了解 at least 15 题 and 掌握 × 单选 at most 12 题.
     */
    public static Blueprint countedBlueprint() {
        Blueprint base = blueprint(List.of(
                ShareRow.count(RowScope.cognitive(AWARE), 15, ShareRow.UNBOUNDED),
                ShareRow.count(RowScope.cognitive(MASTER).withType(SINGLE_CHOICE), 0, 12)));
        List<Section> sections = new ArrayList<>();
        for (Section s : base.sections()) {
            sections.add(
                    s.type() == SINGLE_CHOICE
                            ? Section.range(SINGLE_CHOICE, 35, 45, 1)
                            : s.type() == TRUE_FALSE ? Section.range(TRUE_FALSE, 5, 15, 1) : s);
        }
        return new Blueprint(
                base.name() + " 题数范围",
                base.level(),
                base.totalPoints(),
                base.duration(),
                base.passMark(),
                sections,
                base.rows());
    }

    /** A generated bank: about half the items suit 中级; 2% sit in 互斥 pairs; facility varies around default. */
    public static List<AssemblyItem> bank(int size, long seed) {
        Random random = new Random(seed);
        List<AssemblyItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String leaf = LEAVES.get(random.nextInt(LEAVES.size()));
            QuestionType type = TYPES[pick(TYPE_WEIGHTS, random)];
            Difficulty difficulty = Difficulty.of(1 + pick(DIFFICULTY_WEIGHTS, random));
            CognitiveLevel cognitive = CognitiveLevel.values()[random.nextInt(3)];
            double p = FacilityPolicy.defaultFacility(difficulty) + (random.nextDouble() - 0.5) * 0.16;
            AssemblyItem item = new AssemblyItem(
                    new ItemRef("Q" + i, 1 + random.nextInt(3)),
                    leaf,
                    type,
                    difficulty,
                    cognitive,
                    levels(random),
                    Math.max(0.05, Math.min(0.98, p)),
                    random.nextInt(100) < 2 ? "M" + random.nextInt(Math.max(1, size / 200)) : null);
            items.add(item);
        }
        return items;
    }

    private static Set<Level> levels(Random random) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        if (random.nextBoolean()) {
            levels.add(Level.INTERMEDIATE);
            levels.add(random.nextBoolean() ? Level.JUNIOR : Level.SENIOR);
        } else {
            levels.add(List.of(Level.JUNIOR, Level.SENIOR, Level.EXPERT).get(random.nextInt(3)));
        }
        return levels;
    }

    private static int pick(double[] weights, Random random) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
