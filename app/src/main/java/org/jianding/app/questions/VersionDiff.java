package org.jianding.app.questions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The line diff between two versions of a question's stored text (the bank text format reads line by line, so a
 * line diff shows what an editor changed). Computed with java-diff-utils (Myers' algorithm).
 */
public record VersionDiff(int fromVersion, int toVersion, List<Line> lines) {

    /** How a line of the diff came about. */
    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line: its number in the older text (null when added) and in the newer one (null when removed). */
    public record Line(Kind kind, Integer oldNumber, Integer newNumber, String text) {}

    public static VersionDiff of(QuestionVersion from, QuestionVersion to) {
        List<String> older = from.content().lines().toList();
        List<String> newer = to.content().lines().toList();
        List<Line> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer, true).getDeltas()) {
            int oldAt = delta.getSource().getPosition() + 1;
            int newAt = delta.getTarget().getPosition() + 1;
            if (delta.getType() == DeltaType.EQUAL) {
                for (String text : delta.getSource().getLines()) {
                    lines.add(new Line(Kind.SAME, oldAt++, newAt++, text));
                }
                continue;
            }
            for (String text : delta.getSource().getLines()) {
                lines.add(new Line(Kind.REMOVED, oldAt++, null, text));
            }
            for (String text : delta.getTarget().getLines()) {
                lines.add(new Line(Kind.ADDED, null, newAt++, text));
            }
        }
        return new VersionDiff(from.versionNo(), to.versionNo(), lines);
    }

    public boolean hasChanges() {
        return lines.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}
