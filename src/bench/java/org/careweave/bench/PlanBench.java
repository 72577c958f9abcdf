package org.careweave.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careweave.internal.engine.Planner;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plans per second on one thread, and the floor to compare them with, in the same run:
 * <ul>
 *   <li>{@code plan}: a parsed case to a CarePlan with the bundled rules.</li>
 *   <li>{@code planJson}: what a batch line costs: JSON text -> case -> plan -> JSON line.</li>
 *   <li>{@code floorEmptySession}: a new stateless session on the same KieBase firing with no facts.</li>
 *   <li>{@code floorJson}: JSON text -> case, and a ready plan -> JSON line, without any rules.</li>
 *   <li>{@code tablesOnlySession}: the same session with the reference tables inserted and fired, no case: what
 *       the tables cost each plan.</li>
 * </ul>
 * careweave's ratio to the floor is {@code planJson / (floorEmptySession + floorJson)} in time per operation.
 * Inputs cycle through the workload so the JIT cannot specialise on one case.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PlanBench {

    @Param({"examples", "mix"})
    public String workload;

    private Planner planner;
    private KieBase kieBase;
    private List<Object> tables;
    private String[] json;
    private Case[] cases;
    private CarePlan[] plans;
    private int next;

    @Setup
    public void setup() {
        planner = Planner.bundled();
        kieBase = planner.rules().kieBase();
        tables = planner.rules().sessionTableFacts();
        List<Workloads.Input> inputs = Workloads.load(workload, planner);
        json = inputs.stream().map(Workloads.Input::json).toArray(String[]::new);
        cases = inputs.stream().map(i -> CaseReader.read(i.json())).toArray(Case[]::new);
        plans = java.util.Arrays.stream(cases).map(planner::plan).toArray(CarePlan[]::new);
    }

    private int next() {
        int i = next;
        next = i + 1 == cases.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public CarePlan plan() {
        return planner.plan(cases[next()]);
    }

    @Benchmark
    public String planJson() {
        return PlanWriter.jsonLine(planner.plan(CaseReader.read(json[next()])));
    }

    @Benchmark
    public ExecutionResults floorEmptySession() {
        return kieBase.newStatelessKieSession().execute(
                CommandFactory.newBatchExecution(List.<Command<?>>of(CommandFactory.newFireAllRules())));
    }

    @Benchmark
    public String floorJson() {
        int i = next();
        Case c = CaseReader.read(json[i]);
        return c.caseId().isEmpty() ? "" : PlanWriter.jsonLine(plans[i]);
    }

    @Benchmark
    public ExecutionResults tablesOnlySession() {
        return kieBase.newStatelessKieSession().execute(CommandFactory.newBatchExecution(List.<Command<?>>of(
                CommandFactory.newInsertElements(tables), CommandFactory.newFireAllRules())));
    }
}
