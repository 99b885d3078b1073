package org.jianding.bank.assembly.engine;

import java.util.List;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.Section;
import org.jianding.bank.assembly.ShareRow;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.item.QuestionType;

/**
 * The blueprint turned into integers: per question type the count and points; per weight row the fewest and most
 * points it may hold, and its label.
 */
public final class RowModel {

    static final int TYPES = QuestionType.values().length;

    final int totalPoints;
    final int[] typeNeed = new int[TYPES];
    final int[] typePoints = new int[TYPES];
    final int[] lo;
    final int[] hi;
    final String[] labels;
    final int[] rowType;
    final List<ShareRow> rows;

    RowModel(Blueprint blueprint, Taxonomy taxonomy) {
        totalPoints = blueprint.totalPoints();
        for (Section section : blueprint.sections()) {
            typeNeed[section.type().ordinal()] = section.count();
            typePoints[section.type().ordinal()] = section.pointsEach();
        }
        rows = blueprint.rows();
        int count = rows.size();
        lo = new int[count];
        hi = new int[count];
        labels = new String[count];
        rowType = new int[count];
        for (int r = 0; r < count; r++) {
            ShareRow row = rows.get(r);
            lo[r] = row.minPoints(totalPoints);
            hi[r] = row.maxPoints(totalPoints);
            labels[r] = row.scope().label(taxonomy);
            rowType[r] = row.scope().type() == null ? -1 : row.scope().type().ordinal();
        }
    }

    int rowCount() {
        return lo.length;
    }

    static String typeName(int type) {
        return QuestionType.values()[type].chineseName();
    }
}
