package org.jianding.bank;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four certification levels. The seed names each twice: the competency model says 初级 … 资深, the skill
 * certification says 四级 … 一级. Rank 4 is the entry level, rank 1 the top.
 */
public enum Level {
    JUNIOR(4, "初级", "四级"),
    INTERMEDIATE(3, "中级", "三级"),
    SENIOR(2, "高级", "二级"),
    EXPERT(1, "资深", "一级");

    private final int rank;
    private final String competencyName;
    private final String skillName;

    Level(int rank, String competencyName, String skillName) {
        this.rank = rank;
        this.competencyName = competencyName;
        this.skillName = skillName;
    }

    public int rank() {
        return rank;
    }

    /** 初级, 中级, 高级, 资深. */
    public String competencyName() {
        return competencyName;
    }

    /** 四级, 三级, 二级, 一级. */
    public String skillName() {
        return skillName;
    }

    /** The label used across the UI, e.g. {@code 三级(中级)}; for the entry level simply {@code 四级(初级)}. */
    public String label() {
        return skillName + "(" + competencyName + ")";
    }

    public static Optional<Level> ofRank(int rank) {
        return Arrays.stream(values()).filter(l -> l.rank == rank).findFirst();
    }

    /**
     * Reads any of the names users write: 初级, 四级, 三级(中级), 二级（高级）, the enum name, or the rank digit.
     */
    public static Optional<Level> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace('（', '(').replace('）', ')');
        for (Level level : values()) {
            if (t.equals(level.competencyName)
                    || t.equals(level.skillName)
                    || t.equals(level.label())
                    || t.equals(level.skillName + "(" + level.competencyName + ")")
                    || t.equalsIgnoreCase(level.name())
                    || t.equals(String.valueOf(level.rank))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
