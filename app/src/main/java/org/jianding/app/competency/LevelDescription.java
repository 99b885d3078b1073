package org.jianding.app.competency;

import java.util.List;

/** What an item looks like at one level: a one-line summary and two to four observable behaviours. */
public record LevelDescription(String summary, List<String> behaviours) {

    public LevelDescription {
        behaviours = List.copyOf(behaviours);
    }
}
