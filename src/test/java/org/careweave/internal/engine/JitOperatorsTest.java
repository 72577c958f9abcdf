package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careweave.RuleProblem;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

/**
 * Which Drools operators fail once MVEL jits their constraint (after 20 evaluations) in Drools 10.2.0, and the
 * refusal of those in the rules' text. The first test runs Drools itself: when an upgrade fixes the operators it
 * fails, and {@link JitOperators} can go.
 */
public class JitOperatorsTest {

    /** A fact with a string, a date and a list; public so that the rules' compiled classes can read it. */
    public static class F {
        private final String code;
        private final java.util.Date at;
        private final List<String> list;

        /** A fact of code {@code code} at {@code at} ms. */
        public F(String code, long at) {
            this.code = code;
            this.at = new java.util.Date(at);
            this.list = List.of(code, "x");
        }

        /** The code. */
        public String getCode() {
            return code;
        }

        /** The time. */
        public java.util.Date getAt() {
            return at;
        }

        /** The code and "x". */
        public List<String> getList() {
            return list;
        }
    }

    @Test
    void onlyTheStrOperatorsFailOnceJittedInDrools10_2_0() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("str[startsWith]", "F( code str[startsWith] \"H81\" )");
        cases.put("str[endsWith] joined", "$a : F() F( code == \"zz\" || code str[endsWith] $a.code )");
        cases.put("not str[length]", "F( code not str[length] 4 )");
        cases.put("matches", "F( code matches \"H81.*\", code not matches \"Z.*\" )");
        cases.put("soundslike", "F( code soundslike \"H81\" )");
        cases.put("memberOf", "F( code memberOf list, \"zz\" not memberOf list )");
        cases.put("contains", "F( list contains \"x\", list not contains \"zz\" )");
        cases.put("String methods", "F( code.startsWith( \"H81\" ), !code.endsWith( \"x\" ), code.length() == 5 )");
        cases.put("after/before", "$a : F() F( code != null && at after $a.at || at before $a.at )");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            outcomes.put(c.getKey(), run(c.getValue()));
        }
        String fails = "NoSuchMethodError: EvaluatorHelper.initOperators";
        assertEquals(Map.of("str[startsWith]", fails, "str[endsWith] joined", fails, "not str[length]", fails,
                "matches", "ok", "soundslike", "ok", "memberOf", "ok", "contains", "ok", "String methods", "ok", "after/before", "ok"),
                outcomes);
    }

    @Test
    void eachUseIsOneProblemAtItsLineAndColumnAndNotInStringsOrComments() {
        String drl = """
                package x;
                rule "r" @source("code str[startsWith] \\"A\\" in a string") when
                    // code str[endsWith] "B" in a comment
                    F( $c.code  not   str[ endsWith ] "H81.1", code str[length] 5 )
                    F( this str[startsWith] $p )
                then
                    System.out.println("str[length]");
                end
                """;
        assertEquals(List.of(
                new RuleProblem("rules/plan/x.drl", 4, 17, "the operator not str[endsWith] fails in Drools 10.2.0 "
                        + "once the rule has run 20 times: write !$c.code.endsWith( \"H81.1\" ) instead"),
                new RuleProblem("rules/plan/x.drl", 4, 53, "the operator str[length] fails in Drools 10.2.0 once the "
                        + "rule has run 20 times: write code.length() == 5 instead"),
                new RuleProblem("rules/plan/x.drl", 5, 13, "the operator str[startsWith] fails in Drools 10.2.0 once "
                        + "the rule has run 20 times: write this.startsWith( $p ) instead")),
                JitOperators.check(Map.of("plan/x.drl", drl, "tables/t.csv", "str[length]")));
    }

    /**
     * {@code str} with a name it does not take, or with none, made Drools' rule compiler stop with an exception naming
     * no place ("No enum constant ...Operations.beginsWith", a NullPointerException for a bare {@code str}): each is
     * one problem at its column, with the names str takes, the nearest one when the name is a slip for it, and the
     * String method to write instead. A variable named {@code str} in Java code is no operator.
     */
    @Test
    void strWithANameItDoesNotTakeOrWithNoneIsOneProblemAtItsColumn() {
        String drl = """
                package x;
                rule "r" when
                    F( code str[beginsWith] "H81", code not str[ Size ] 5 )
                    F( code str[foo] $c, code str "H" )
                then
                    String str = "a"; System.out.println(str + str.length());
                end
                function int f(String str) { return str.length(); }
                """;
        String names = "str takes startsWith, endsWith or length";
        String jit = ", and each fails in Drools 10.2.0 once the rule has run 20 times: write ";
        assertEquals(List.of(
                new RuleProblem("rules/x.drl", 3, 13, "str[beginsWith] is not an operator: " + names
                        + " (did you mean startsWith?)" + jit + "code.startsWith( \"H81\" ) instead"),
                new RuleProblem("rules/x.drl", 3, 41, "not str[Size] is not an operator: " + names
                        + " (did you mean length?)" + jit + "code.length() != 5 instead"),
                new RuleProblem("rules/x.drl", 4, 13, "str[foo] is not an operator: " + names + jit
                        + "code.startsWith( $c ), code.endsWith( $c ) or code.length() == $c instead"),
                new RuleProblem("rules/x.drl", 4, 31, "str without [startsWith], [endsWith] or [length] is not an "
                        + "operator: " + names + jit + "code.startsWith( \"H\" ), code.endsWith( \"H\" ) or "
                        + "code.length() == n instead")),
                JitOperators.check(Map.of("x.drl", drl)));
        assertEquals("startsWith", JitOperators.nearest("startswith"));
        assertEquals("endsWith", JitOperators.nearest("endWith"));
        assertEquals("length", JitOperators.nearest("lenght"));
        assertEquals(null, JitOperators.nearest("contains"));
    }

    /** What Drools' rule compiler said when it stopped, without the exceptions' class names around it. */
    @Test
    void whatTheCompilerSaidWhenItStoppedIsItsInnermostMessageWithoutClassNames() {
        assertEquals("No enum constant StrEvaluatorDefinition.Operations.beginsWith", CompilerStops.said(
                new RuntimeException("Rules compilation failed or interrupted", new IllegalArgumentException(
                        "java.lang.IllegalArgumentException: No enum constant "
                                + "org.drools.mvel.evaluators.StrEvaluatorDefinition.Operations.beginsWith"))));
        assertEquals("no message", CompilerStops.said(new RuntimeException(new NullPointerException())));
    }

    /** Runs 40 sessions of two facts each with one rule of condition {@code lhs}, jitted: "ok" or how it failed. */
    private static String run(String lhs) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("org.careweave.test", "jit-" + Math.abs(lhs.hashCode()), "1.0.0");
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/x/x.drl", "package x;\nimport " + F.class.getCanonicalName() + ";\n"
                + "rule r when\n" + lhs + "\nthen end\n");
        KieBuilder b = ks.newKieBuilder(kfs).buildAll();
        assertEquals(List.of(), b.getResults().getMessages(Message.Level.ERROR), lhs);
        KieContainer c = ks.newKieContainer(id);
        // Drools jits a constraint on a background thread once it has been evaluated 20 times, so a short run may
        // finish before the jitted code is used; a threshold of 0 jits it before its first evaluation, on this thread
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(ConstraintJittingThresholdOption.get(0));
        KieBase base = c.newKieBase(conf);
        try {
            for (int i = 0; i < 40; i++) {
                KieSession s = base.newKieSession();
                s.insert(new F("H81.1", 1000 * i));
                s.insert(new F("H81.2", 1000 * i + 500));
                s.fireAllRules();
                s.dispose();
            }
            return "ok";
        } catch (RuntimeException | LinkageError e) {
            Throwable r = e;
            while (r.getCause() != null) {
                r = r.getCause();
            }
            return r instanceof NoSuchMethodError && r.getMessage().contains("EvaluatorHelper.initOperators")
                    ? "NoSuchMethodError: EvaluatorHelper.initOperators" : r.toString();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
