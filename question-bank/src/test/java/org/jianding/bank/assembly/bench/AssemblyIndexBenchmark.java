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

    /**
     * Applying one change (an edited item: new version, another difficulty; an added item; a retired item) to a
     * prepared assembly ({@link PaperAssembly#updated}) against preparing it anew on the changed bank.
     */
    @Test
    void oneChangeAppliedAgainstABuild() {
        for (int size : new int[] {100_000, 500_000}) {
            List<AssemblyItem> bank = new ArrayList<>(withSets(AssemblyFixture.bank(size, 42)));
            PaperAssembly assembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
            java.util.Random random = new java.util.Random(7);
            int runs = 30;
            long[] edit = new long[runs];
            long[] add = new long[runs];
            long[] retire = new long[runs];
            long[] editCpu = new long[runs];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int run = 0; run < runs; run++) {
                int at = random.nextInt(bank.size());
                AssemblyItem old = bank.get(at);
                AssemblyItem edited = new AssemblyItem(
                        new org.jianding.bank.assembly.ItemRef(
                                old.id(), old.ref().version() + 1),
                        old.leaf(),
                        old.type(),
                        org.jianding.bank.item.Difficulty.of(
                                1 + (old.difficulty().value() % 5)),
                        old.cognitive(),
                        old.levels(),
                        old.facility(),
                        old.mutexGroups(),
                        old.itemSet(),
                        old.responses(),
                        old.irt());
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                assembly = assembly.updated(List.of(old), List.of(edited)).orElseThrow();
                edit[run] = System.nanoTime() - start;
                editCpu[run] = threads.getCurrentThreadCpuTime() - cpu;
                bank.set(at, edited);
                AssemblyItem fresh = edited.withFacility(0.5).inItemSet(null).withMutexGroups(java.util.Set.of());
                fresh = new AssemblyItem(
                        new org.jianding.bank.assembly.ItemRef("N" + run, 1),
                        fresh.leaf(),
                        fresh.type(),
                        fresh.difficulty(),
                        fresh.cognitive(),
                        fresh.levels(),
                        fresh.facility(),
                        fresh.mutexGroups(),
                        null,
                        0,
                        null);
                start = System.nanoTime();
                assembly = assembly.updated(List.of(), List.of(fresh)).orElseThrow();
                add[run] = System.nanoTime() - start;
                bank.add(fresh);
                int gone = random.nextInt(bank.size());
                AssemblyItem retired = bank.get(gone);
                start = System.nanoTime();
                assembly = assembly.updated(List.of(retired), List.of()).orElseThrow();
                retire[run] = System.nanoTime() - start;
                bank.remove(gone);
            }
            long[] build = new long[3];
            long[] buildCpu = new long[3];
            PaperAssembly scratch = null;
            for (int run = 0; run < build.length; run++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                scratch = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
                build[run] = System.nanoTime() - start;
                buildCpu[run] = threads.getCurrentThreadCpuTime() - cpu;
            }
            boolean same = true;
            for (long seed = 1; seed <= 3; seed++) {
                same &= scratch.assemble(AssemblyRequest.seeded(seed))
                        .equals(assembly.assemble(AssemblyRequest.seeded(seed)));
            }
            System.out.printf(
                    "one change to a %,d-item bank's index (%,d eligible), %d runs each: edit p50 %.2f ms max %.2f"
                            + " (CPU p50 %.2f ms); add p50 %.2f ms max %.2f; retire p50 %.2f ms max %.2f; build anew"
                            + " %d / %d / %d ms (CPU p50 %.2f ms); same papers as the build: %s%n",
                    size,
                    assembly.eligibleItems(),
                    runs,
                    median(edit),
                    max(edit),
                    median(editCpu),
                    median(add),
                    max(add),
                    median(retire),
                    max(retire),
                    build[0] / 1_000_000,
                    build[1] / 1_000_000,
                    build[2] / 1_000_000,
                    median(buildCpu),
                    same);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return java.util.Arrays.stream(nanos).max().orElse(0) / 1e6;
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
