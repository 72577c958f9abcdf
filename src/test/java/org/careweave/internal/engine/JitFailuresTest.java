package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.TestRules;
import org.careweave.internal.scenario.Scenario;
import org.careweave.internal.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

/**
 * No constraint of the bundled rules stays interpreted because MVEL cannot jit it. Drools interprets a constraint for
 * its first 20 evaluations, then has MVEL compile it to bytecode; to learn the types, MVEL first evaluates every
 * branch of the constraint's {@code ||} and {@code &&} with the values at hand, so a call the constraint guards
 * with a null test ({@code weeks == null || $onset.plusWeeks( weeks ) < $asOf}) throws when those values hold the
 * null. Drools then keeps the constraint interpreted and logs a WARN (and MVEL a stack trace) at every planner
 * start that meets it, in a clinic's logs. Plans are right either way; the logs are not.
 */
public class JitFailuresTest {

    /** Drools' (org.drools.mvel.MVELConstraint) WARN for a constraint it could not jit, the constraint as group 1. */
    private static final Pattern NOT_JITTED = Pattern.compile("Exception jitting: (.*?)\\. This is NOT an error");

    /** A date fact of a one-rule test; public so that the rule's compiled classes can read it. */
    public record Onset(LocalDate onset, Integer weeks, String code) {}

    /**
     * Every example planned by a planner of its own whose constraints are jitted before their first evaluation
     * (threshold 0, on the planning thread): not one WARN. About 30 s on 2 cores, most of it building the planner.
     */
    @Test
    void everyConstraintTheExamplesReachIsJitted() {
        List<Scenario> scenarios = ScenarioLoader.load(TestRules.EXAMPLES);
        String said = logged(() -> {
            Planner planner = withThresholdZero(() -> Planner.fromDirectory(TestRules.RULES));
            for (Scenario s : scenarios) {
                planner.plan(s.input());
            }
        });
        assertEquals(List.of(), notJitted(said));
    }

    /**
     * The check above can fail: a constraint that guards a call with a null test in its own {@code ||} (the call on
     * the value tested, or given it), first evaluated with the null, is logged and read back. The rewrites of the
     * bundled rules are jitted: the call in a function that takes the null ({@code indication/evaluate.drl}), the
     * operator {@code matches} ({@code plan/schedule.drl}), or the test as a constraint of its own before the call.
     */
    @Test
    void aCallGuardedByANullTestInItsOwnOrIsNotJittedAndIsRead() {
        List<String> fail = List.of("weeks == null || ( $onset != null && $onset.plusWeeks( weeks ) < $asOf )",
                "code == null || code.startsWith( \"Z\" )", "weeks == null || weeks.intValue() > 2");
        for (String constraint : fail) {
            assertEquals(List.of(constraint.replace("( $onset", "($onset").replace("$asOf )", "$asOf)")),
                    notJitted(logged(() -> run(constraint))));
        }
        List<String> jitted = List.of("weeks == null || pastWeeks( $onset, weeks, $asOf )",
                "code == null || code matches \"Z.*\"", "weeks != null, $onset.plusWeeks( weeks ) < $asOf");
        for (String constraint : jitted) {
            assertEquals(List.of(), notJitted(logged(() -> run(constraint))), constraint);
        }
    }

    /** The constraints of Drools' jitting WARNs in {@code said}, each once, in order. */
    static List<String> notJitted(String said) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = NOT_JITTED.matcher(said);
        while (m.find()) {
            out.add(m.group(1));
        }
        return List.copyOf(out);
    }

    /**
     * What {@code work} wrote to System.err, where the tests' logging backend (slf4j-simple,
     * simplelogger.properties) writes, looking System.err up at each message; written through to it as well.
     */
    static String logged(Runnable work) {
        PrintStream err = System.err;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                copy.write(b);
                err.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                copy.write(b, off, len);
                err.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        System.setErr(tee);
        try {
            work.run();
        } finally {
            System.setErr(err);
        }
        return copy.toString(StandardCharsets.UTF_8);
    }

    /**
     * What {@code build} returns, built while Drools' jitting threshold (system property
     * {@code drools.jittingThreshold}, read when a KieBase's configuration is made) is 0: its constraints are jitted
     * at their first evaluation, on the thread that evaluates them, instead of on the 20th in the background.
     */
    static <T> T withThresholdZero(java.util.function.Supplier<T> build) {
        String key = ConstraintJittingThresholdOption.PROPERTY_NAME;
        String before = System.getProperty(key);
        System.setProperty(key, "0");
        try {
            return build.get();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    /**
     * One rule whose last pattern has constraint {@code constraint}, jitted at its first evaluation: its session holds
     * one {@link Onset} with neither weeks nor code, as a row of evaluation-windows.csv without weeks.
     */
    private static void run(String constraint) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("org.careweave.test", "jitfail-" + Math.abs(constraint.hashCode()), "1.0.0");
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/x/x.drl", "package x;\nimport " + Onset.class.getCanonicalName() + ";\n"
                + "function boolean pastWeeks(java.time.LocalDate onset, Integer weeks, java.time.LocalDate asOf) {\n"
                + "    return onset != null && weeks != null && asOf != null && onset.plusWeeks(weeks).isBefore(asOf);\n}\n"
                + "rule r when\n    Onset( $onset : onset )\n    $asOf : java.time.LocalDate()\n    Onset( " + constraint
                + " )\nthen end\n");
        KieBuilder b = ks.newKieBuilder(kfs).buildAll();
        assertEquals(List.of(), b.getResults().getMessages(Message.Level.ERROR), constraint);
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(ConstraintJittingThresholdOption.get(0));
        KieBase base = ks.newKieContainer(id).newKieBase(conf);
        try {
            KieSession s = base.newKieSession();
            s.insert(new Onset(LocalDate.of(2026, 1, 5), null, null));
            s.insert(LocalDate.of(2026, 12, 3));
            s.fireAllRules();
            s.dispose();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
