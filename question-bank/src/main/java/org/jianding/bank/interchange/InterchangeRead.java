package org.jianding.bank.interchange;

import java.util.List;

/**
 * What a file held: the questions read, the ones skipped as types the bank lacks, and the problems found while
 * reading (a file with problems imports nothing).
 */
public record InterchangeRead(
        InterchangeFormat format, List<ForeignItem> items, List<SkippedItem> skipped, List<ItemProblem> problems) {

    public InterchangeRead {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }
}
