package org.careweave.internal.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What loading the bundled rules costs in a warm JVM, and the part of it that the rule-literal check
 * ({@link RuleLiterals}, run by {@link RuleSet#compile}) adds: {@code compile} is the whole of
 * {@code RuleSet.compile}, {@code literals} the check alone on the same source and tables, {@code duplicates}
 * the check for rules, functions and types defined twice in a package ({@link DuplicateDefinitions}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleLoadBench {

    private RuleSource source;
    private List<Object> tables;

    @Setup
    public void setup() {
        source = RuleSource.bundled();
        tables = RuleSet.compile(source).tableFacts();
    }

    @Benchmark
    public RuleSet compile() {
        return RuleSet.compile(source);
    }

    @Benchmark
    public Object literals() {
        return RuleLiterals.check(source, tables, java.util.Set.of());
    }

    @Benchmark
    public Object duplicates() {
        return DuplicateDefinitions.check(source);
    }
}
