package org.jianding.app.competency;

import java.util.Map;
import org.jianding.bank.Level;

/**
 * One competency item of a model version. A knowledge item names the knowledge-tree node ({@code area}, e.g.
 * {@code G}) whose areas on a released result feed it; the others are assessed by assessors.
 *
 * @param code fixed across versions, e.g. {@code MARKETING}
 * @param area the knowledge node code feeding a knowledge item; null for a behavioural item
 */
public record ModelItem(String code, String name, String classCode, String area, Map<Level, LevelDescription> levels) {

    public ModelItem {
        levels = Map.copyOf(levels);
    }

    /** Fed by exams, never assessed by hand. */
    public boolean knowledge() {
        return area != null;
    }

    public LevelDescription at(Level level) {
        return levels.get(level);
    }
}
