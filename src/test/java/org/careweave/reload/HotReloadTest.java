package org.careweave.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.careweave.RuleProblem;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.engine.RuleWatcher;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.Failure;
import org.careweave.plan.PlanAlert;
import org.careweave.toolkit.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload while plans are being made. Each rule-set variant adds an alert naming the variant, so a plan's
 * content shows which rules made it, and must agree with the version the plan reports. No timing is asserted:
 * every wait is for an event, with a generous limit for a loaded CI machine.
 */
class HotReloadTest {

    private static final long WAIT_SECONDS = 120;
    private static final Case CASE = CaseReader.read(Fixture.WALK_CASE);

    @TempDir
    Path root;

    private static String marker(String variant) {
        return """
                package careweave.marker;

                import org.careweave.fact.*;

                rule "Every plan says which rule-set variant made it"
                    @source("test")
                when
                    CaseContext()
                then
                    insertLogical( new Alert( "duplicate-risk", "info", null, "variant %s" ) );
                end
                """.formatted(variant);
    }

    /** A broken edit: line 9 of marker.drl has an unclosed pattern. */
    private static final String BROKEN = marker("broken").replace("CaseContext()", "CaseContext(");

    private record Made(String version, String variant) {}

    private record Failure(String version, List<RuleProblem> problems) {}

    private static String variantOf(CarePlan plan) {
        return plan.alerts().stream().map(PlanAlert::message).filter(m -> m.startsWith("variant "))
                .map(m -> m.substring("variant ".length())).findFirst().orElse("(none)");
    }

    private static String write(Path dir, String markerDrl) {
        Fixture.write(dir, "marker/marker.drl", markerDrl);
        return RuleSource.fromDirectory(dir).version();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "gave up waiting for " + what);
            Thread.sleep(5);
        }
    }

    private static long count(Queue<Made> made, String version) {
        return made.stream().filter(m -> m.version().equals(version)).count();
    }

    @Test
    void plansFromSeveralThreadsNeverMixVersionsAndABrokenEditKeepsTheLastGoodRulesServing() throws Exception {
        Path dir = Fixture.write(root.resolve("rules"));
        String vA = write(dir, marker("A"));
        Planner planner = Planner.fromDirectory(dir);
        assertEquals(vA, planner.rules().version());

        BlockingQueue<RuleSet> reloads = new LinkedBlockingQueue<>();
        BlockingQueue<Failure> failures = new LinkedBlockingQueue<>();
        RuleWatcher.Listener listener = new RuleWatcher.Listener() {
            @Override
            public void reloaded(RuleSet rules) {
                reloads.add(rules);
            }

            @Override
            public void failed(String version, List<RuleProblem> problems) {
                failures.add(new Failure(version, problems));
            }
        };

        Queue<Made> made = new ConcurrentLinkedQueue<>();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> planners = new ArrayList<>();
        RuleWatcher watcher = planner.watch(dir, Duration.ofMillis(20), listener);
        try (watcher) {
            for (int i = 0; i < 3; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            CarePlan plan = planner.plan(CASE);
                            made.add(new Made(plan.rules().version(), variantOf(plan)));
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                }, "planner-" + i);
                t.start();
                planners.add(t);
            }
            await("a plan on A", () -> count(made, vA) > 0);

            String vB = write(dir, marker("B"));
            RuleSet b = reloads.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(b, "no reload to B");
            assertEquals(vB, b.version());
            await("a plan on B", () -> count(made, vB) > 0);

            String vBroken = write(dir, BROKEN);
            Failure failure = failures.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(failure, "the broken edit was not reported");
            assertEquals(vBroken, failure.version());
            assertTrue(failure.problems().stream()
                            .anyMatch(p -> p.file().equals(dir + "/marker/marker.drl") && p.line() > 0),
                    failure.problems().toString());
            long onBAtFailure = count(made, vB);
            await("plans on B after the failure", () -> count(made, vB) >= onBAtFailure + 20);
            assertEquals(vB, planner.rules().version());
            assertNull(reloads.poll(), "a broken edit must not be installed");

            String vC = write(dir, marker("C"));
            RuleSet c = reloads.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(c, "no reload to C");
            assertEquals(vC, c.version());
            await("a plan on C", () -> count(made, vC) > 0);

            stop.set(true);
            for (Thread t : planners) {
                t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            }

            assertEquals(List.of(), List.copyOf(errors));
            Map<String, String> variants = Map.of(vA, "A", vB, "B", vC, "C");
            for (Made m : made) {
                assertEquals(variants.get(m.version()), m.variant(), "plan reports " + m.version());
            }
            assertEquals(0, count(made, vBroken));
            assertTrue(failures.isEmpty(), "the broken version is reported once: " + failures);
        } finally {
            stop.set(true);
        }
        assertFalse(watcher.isRunning(), "the watcher's thread must end on close");
    }

    @Test
    void closingStopsTheWatchThreadAndIsIdempotent() {
        Path dir = Fixture.write(root.resolve("rules"));
        write(dir, marker("A"));
        Planner planner = Planner.fromDirectory(dir);
        RuleWatcher watcher = planner.watch(dir, Duration.ofMillis(10), new RuleWatcher.Listener() {});
        assertTrue(watcher.isRunning());
        watcher.close();
        assertFalse(watcher.isRunning());
        watcher.close();
        assertFalse(watcher.isRunning());
    }

    @Test
    void aFolderThatBecomesUnreadableIsReportedAndTheRulesKeepServing() throws Exception {
        Path dir = Fixture.write(root.resolve("rules"));
        String vA = write(dir, marker("A"));
        Planner planner = Planner.fromDirectory(dir);
        BlockingQueue<Failure> failures = new LinkedBlockingQueue<>();
        try (RuleWatcher watcher = planner.watch(root.resolve("missing"), Duration.ofMillis(10),
                new RuleWatcher.Listener() {
                    @Override
                    public void failed(String version, List<RuleProblem> problems) {
                        failures.add(new Failure(version, problems));
                    }
                })) {
            Failure f = failures.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(f);
            assertNull(f.version());
            assertEquals(vA, planner.rules().version());
            assertEquals("A", variantOf(planner.plan(CASE)));
        }
    }

    @Test
    void aBrokenEditUndoneIsReportedOnceAsBackToTheServingRules() throws Exception {
        // fresh-user trial: serve's /health kept "reload failed" after the broken file was restored byte for byte,
        // because the folder's version equalled the serving one and nothing was reloaded or reported
        Path dir = Fixture.write(root.resolve("rules"));
        String vA = write(dir, marker("A"));
        Planner planner = Planner.fromDirectory(dir);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        RuleWatcher.Listener listener = new RuleWatcher.Listener() {
            @Override
            public void reloaded(RuleSet rules) {
                events.add("reloaded " + rules.version());
            }

            @Override
            public void failed(String version, List<RuleProblem> problems) {
                events.add("failed " + version);
            }

            @Override
            public void reverted(String version) {
                events.add("reverted " + version);
            }
        };
        try (RuleWatcher watcher = planner.watch(dir, Duration.ofMillis(20), listener)) {
            String vBroken = write(dir, BROKEN);
            assertEquals("failed " + vBroken, events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(vA, write(dir, marker("A")));
            assertEquals("reverted " + vA, events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
            Thread.sleep(200); // ten more polls of the unchanged folder
            assertNull(events.poll(), "a return to the serving rules is reported once");
            assertEquals(vA, planner.rules().version());
        }
    }
}
