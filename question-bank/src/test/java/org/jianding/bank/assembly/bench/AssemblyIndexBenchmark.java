package org.jianding.bank.assembly.bench;

import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.assembly.AssemblyFixture;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.Taxonomy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What one prepared assembly (the engine's index of a bank for one blueprint) costs: build time, cold and warm, and
 * the heap it keeps beyond the bank itself, per bank item. Banks as in {@link AssemblyBenchmark} (2% of items in
 * 互斥 pairs), plus 1% in item sets of three. Prints its figures; docs/benchmarks-assembly.md records them.
 */
@Tag("bench")
class AssemblyIndexBenchmark {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final Blueprint BLUEPRINT = AssemblyFixture.blueprint();

    @Test
    void indexBuildTimeAndMemoryPerItem() {
        for (int size : new int[] {100_000, 500_000}) {
            List<AssemblyItem> bank = withSets(AssemblyFixture.bank(size, 42));
            long[] times = new long[3];
            PaperAssembly assembly = null;
            for (int run = 0; run < times.length; run++) {
                assembly = null;
                settle();
                long start = System.nanoTime();
                assembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
                times[run] = System.nanoTime() - start;
            }
            assembly = null;
            long before = settle();
            assembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
            long after = settle();
            boolean assembled = assembly.assemble(AssemblyRequest.seeded(1)).isAssembled();
            System.out.printf(
                    "index %,d items (%,d eligible, %d classes): build %d ms cold, %d / %d ms warm; retained %.1f MiB"
                            + " = %.0f bytes per bank item (%.0f per eligible item); paper assembled: %s%n",
                    size,
                    assembly.eligibleItems(),
                    assembly.itemClasses(),
                    times[0] / 1_000_000,
                    times[1] / 1_000_000,
                    times[2] / 1_000_000,
                    (after - before) / 1048576.0,
                    (after - before) / (double) size,
                    (after - before) / (double) assembly.eligibleItems(),
                    assembled);
        }
    }

    static List<AssemblyItem> withSets(List<AssemblyItem> bank) {
        List<AssemblyItem> items = new ArrayList<>(bank);
        for (int i = 0; i + 3 <= items.size(); i += 300) {
            for (int m = i; m < i + 3; m++) {
                items.set(m, items.get(m).inItemSet("S" + i));
            }
        }
        return items;
    }

    private static long settle() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (Math.abs(now - used) < 64 * 1024) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
