package org.jianding.bank.assembly;

import java.util.List;

/**
 * An assembled paper. It records the blueprint's name, the seed and every item version, so the same paper can be
 * rebuilt from the same bank snapshot and audited with {@link PaperChecker}. Items are in section order.
 */
public record Paper(String blueprintName, long seed, List<PaperItem> items) {

    public Paper {
        items = List.copyOf(items);
    }

    public int totalPoints() {
        return items.stream().mapToInt(PaperItem::points).sum();
    }

    /** Σ points × facility: the score an average candidate is expected to get. */
    public double expectedScore() {
        return items.stream().mapToDouble(PaperItem::expectedPoints).sum();
    }

    public List<ItemRef> refs() {
        return items.stream().map(PaperItem::ref).toList();
    }
}
