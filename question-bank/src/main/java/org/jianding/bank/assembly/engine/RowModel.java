package org.jianding.bank.assembly.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.Section;
import org.jianding.bank.assembly.ShareRow;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.item.QuestionType;

/**
 * The blueprint turned into integers: per question type the fewest and most questions and the points each; per row
 * its lower and upper bound and what one question of each type adds to it ({@link #weight}: its points for a points
 * row, 1 for a count row), and its label.
 */
public final class RowModel {

    static final int TYPES = QuestionType.values().length;

    final int totalPoints;
    /** Per type the fewest questions (the section's count when fixed). */
    final int[] typeNeed = new int[TYPES];
    /** Per type the most questions (equal to typeNeed without count ranges). */
    final int[] typeMax = new int[TYPES];

    final int[] typePoints = new int[TYPES];
    /** Whether some section's count is a range (then the paper's points must still make the total). */
    final boolean ranged;

    final int[] lo;
    final int[] hi;
    final String[] labels;
    final int[] rowType;
    /** Row r, type t: weight[r * TYPES + t] is what one question of type t adds to row r. */
    final int[] weight;
    /** Whether row r bounds questions (题) rather than points (分). */
    final boolean[] counted;

    final List<ShareRow> rows;
    /** With count ranges: reach[t][p] says whether types t.. can make exactly p more points. */
    private final boolean[][] reach;

    RowModel(Blueprint blueprint, Taxonomy taxonomy) {
        totalPoints = blueprint.totalPoints();
        for (Section section : blueprint.sections()) {
            typeNeed[section.type().ordinal()] = section.count();
            typeMax[section.type().ordinal()] = section.maxCount();
            typePoints[section.type().ordinal()] = section.pointsEach();
        }
        ranged = blueprint.hasCountRanges();
        rows = blueprint.rows();
        int count = rows.size();
        int mostItems = blueprint.maxItemCount();
        lo = new int[count];
        hi = new int[count];
        labels = new String[count];
        rowType = new int[count];
        weight = new int[count * TYPES];
        counted = new boolean[count];
        for (int r = 0; r < count; r++) {
            ShareRow row = rows.get(r);
            lo[r] = row.lowerBound(totalPoints);
            hi[r] = row.upperBound(totalPoints, mostItems);
            labels[r] = row.label(taxonomy);
            rowType[r] = row.scope().type() == null ? -1 : row.scope().type().ordinal();
            counted[r] = row.counted();
            for (int t = 0; t < TYPES; t++) {
                weight[r * TYPES + t] = counted[r] ? 1 : typePoints[t];
            }
        }
        reach = ranged ? reachTable() : null;
    }

    int rowCount() {
        return lo.length;
    }

    /** What one question of type t adds to row r. */
    int weight(int r, int t) {
        return weight[r * TYPES + t];
    }

    /** The most questions a paper may have. */
    int maxFormSize() {
        int n = 0;
        for (int m : typeMax) {
            n += m;
        }
        return n;
    }

    /**
     * The questions per type one draw aims at: the sections' counts, or with count ranges a random choice within
     * them whose points make the total (every such choice equally likely per type, given the earlier types).
     */
    int[] needFor(SplittableRandom random) {
        if (!ranged) {
            return typeNeed;
        }
        int[] need = new int[TYPES];
        int left = totalPoints;
        for (int t = 0; t < TYPES; t++) {
            int options = 0;
            int chosen = typeNeed[t];
            for (int c = typeNeed[t]; c <= typeMax[t]; c++) {
                int rest = left - c * typePoints[t];
                if (rest >= 0 && reach[t + 1][rest] && random.nextInt(++options) == 0) {
                    chosen = c;
                }
            }
            need[t] = chosen;
            left -= chosen * typePoints[t];
        }
        return need;
    }

    private boolean[][] reachTable() {
        boolean[][] table = new boolean[TYPES + 1][totalPoints + 1];
        table[TYPES][0] = true;
        for (int t = TYPES - 1; t >= 0; t--) {
            for (int p = 0; p <= totalPoints; p++) {
                for (int c = typeNeed[t]; c <= typeMax[t] && !table[t][p]; c++) {
                    int rest = p - c * typePoints[t];
                    table[t][p] = rest >= 0 && table[t + 1][rest];
                }
            }
        }
        return table;
    }

    static String typeName(int type) {
        return QuestionType.values()[type].chineseName();
    }
}
