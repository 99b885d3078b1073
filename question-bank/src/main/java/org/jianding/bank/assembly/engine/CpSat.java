package org.jianding.bank.assembly.engine;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * OR-Tools CP-SAT, loaded once per JVM (its native library is unpacked on first use, about a second or three). One
 * worker and a deterministic time limit, so the same model and seed give the same answer on a loaded machine too.
 */
final class CpSat {

    private static volatile boolean loaded;

    private CpSat() {}

    static CpSolver solver(long seed, double deterministicSeconds) {
        load();
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(1)
                .setRandomSeed((int) (seed ^ seed >>> 32) & Integer.MAX_VALUE)
                .setMaxDeterministicTime(deterministicSeconds)
                .setMaxTimeInSeconds(deterministicSeconds * 4)
                .setLogSearchProgress(false);
        return solver;
    }

    static CpSolverStatus solve(CpSolver solver, CpModel model) {
        return solver.solve(model);
    }

    static CpModel model() {
        load();
        return new CpModel();
    }

    private static void load() {
        if (!loaded) {
            synchronized (CpSat.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
