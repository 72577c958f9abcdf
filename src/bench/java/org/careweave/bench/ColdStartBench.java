package org.careweave.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.careweave.internal.engine.Planner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: from a fresh JVM with nothing loaded to a Planner ready to plan, one shot per fork. Scale 1 is
 * {@code Planner.bundled()}; scale N is a rules folder N times the size (see {@link RuleCloner}), read with
 * {@code fromDirectory}. The folder is written in setup, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class ColdStartBench {

    @Param({"1", "10", "100"})
    public int scale;

    private Path dir;

    @Setup(Level.Trial)
    public void setup() {
        if (scale > 1) {
            dir = RuleCloner.cloneBundled(scale);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (dir != null) {
            RuleCloner.deleteTree(dir);
        }
    }

    @Benchmark
    public Planner build() {
        return scale == 1 ? Planner.bundled() : Planner.fromDirectory(dir);
    }
}
