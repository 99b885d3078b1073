package org.jianding.bank.assembly;

import java.util.Map;
import java.util.Set;

/**
 * One paper to draw: the seed that makes it reproducible, item ids the candidate must not see (earlier attempts),
 * and how often each item was already exposed (missing ids count as 0; the least exposed are preferred).
 */
public record AssemblyRequest(long seed, Set<String> excludedItemIds, Map<String, Integer> exposure) {

    public AssemblyRequest {
        excludedItemIds = Set.copyOf(excludedItemIds);
        exposure = Map.copyOf(exposure);
    }

    public static AssemblyRequest seeded(long seed) {
        return new AssemblyRequest(seed, Set.of(), Map.of());
    }

    public AssemblyRequest excluding(Set<String> itemIds) {
        return new AssemblyRequest(seed, itemIds, exposure);
    }

    public AssemblyRequest withExposure(Map<String, Integer> counts) {
        return new AssemblyRequest(seed, excludedItemIds, counts);
    }
}
