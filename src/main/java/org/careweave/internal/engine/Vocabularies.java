package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.fact.AreaInfo;
import org.careweave.fact.ConditionInfo;
import org.careweave.fact.SettingInfo;
import org.careweave.fact.VocabularyTerm;
import org.careweave.fact.billing.PayerPolicy;
import org.careweave.model.Vocabulary;

/**
 * Builds the {@link Vocabulary} a case is read against from a rule set's table rows: areas from
 * {@code areas.csv}, condition categories from {@code conditions.csv}, settings from {@code settings.csv},
 * payer kinds from {@code payers.csv}, the small lists from {@code vocabulary.csv}. A list whose table the rule
 * set does not have (a minimal test rule set, say) is taken from the bundled rules, so a partial rule set still
 * reads every contract case; a table it has replaces the bundled list whole.
 */
public final class Vocabularies {

    private static volatile Vocabulary bundled;

    private Vocabularies() {}

    /** The vocabulary of the rules packaged in the jar (tables read once, DRL not compiled). */
    public static Vocabulary bundled() {
        Vocabulary v = bundled;
        if (v == null) {
            synchronized (Vocabularies.class) {
                if (bundled == null) {
                    List<RuleProblem> problems = new ArrayList<>();
                    List<Object> rows = TableLoader.load(RuleSource.bundled(), problems);
                    if (!problems.isEmpty()) {
                        throw new RuleBuildException(problems);
                    }
                    bundled = new Vocabulary(lists(rows));
                }
                v = bundled;
            }
        }
        return v;
    }

    /**
     * The vocabulary of a rule source's tables, without compiling its DRL (cheap: a command can check its input
     * before it compiles the rules). Throws {@link RuleBuildException} when a table does not load.
     */
    public static Vocabulary of(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>(source.misnamed()); // a table named areas.CSV is not read
        List<Object> rows = TableLoader.load(source, problems);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems.stream().map(source::locate).toList());
        }
        return of(rows, source.origin().equals("bundled"));
    }

    /** The vocabulary of a rule set's table rows, lists it has no table for taken from {@link #bundled()}. */
    static Vocabulary of(List<Object> tableRows, boolean isBundled) {
        Map<String, List<String>> own = lists(tableRows);
        if (isBundled) {
            return shared(new Vocabulary(own));
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        Vocabulary base = bundled();
        for (String list : base.lists()) {
            merged.put(list, List.copyOf(base.values(list)));
        }
        merged.putAll(own);
        return new Vocabulary(merged);
    }

    /**
     * The bundled rule set's vocabulary as the one {@link #bundled()} instance, so a case read with
     * {@code CaseReader.read(json)} (the bundled vocabulary) and then planned by a bundled {@code CarePlanner} is
     * recognised as already checked ({@code CaseReader.validate} skips a case just read against the same instance)
     * instead of being written to a JSON tree and read again: the embedding API's usual path. A vocabulary that
     * differs from the bundled one in any list (it cannot, from the same tables) is kept as it is.
     */
    private static synchronized Vocabulary shared(Vocabulary v) {
        if (bundled == null) {
            bundled = v;
            return v;
        }
        if (!bundled.lists().equals(v.lists())) {
            return v;
        }
        for (String list : v.lists()) {
            if (!bundled.values(list).equals(v.values(list))) {
                return v;
            }
        }
        return bundled;
    }

    private static Map<String, List<String>> lists(List<Object> rows) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rows.stream().anyMatch(r -> r instanceof AreaInfo)) {
            // areas.csv defines all four area lists, even one it leaves empty
            for (String list : List.of(Vocabulary.GOAL_ACTIVITY, Vocabulary.FINDING_AREA, Vocabulary.GG_AREA,
                    Vocabulary.REGIONAL_AREA)) {
                out.put(list, new ArrayList<>());
            }
        }
        for (Object row : rows) {
            if (row instanceof AreaInfo a) {
                add(out, Vocabulary.GOAL_ACTIVITY, a.area());
                if (a.scale() != null && !a.scale().isBlank()) {
                    add(out, Vocabulary.SCALE_OF + a.area(), a.scale());
                }
                if ("finding".equals(a.input())) {
                    add(out, Vocabulary.FINDING_AREA, a.area());
                    if ("gg".equals(a.scale())) {
                        add(out, Vocabulary.GG_AREA, a.area());
                    }
                    if ("body-function".equals(a.domain())) {
                        add(out, Vocabulary.REGIONAL_AREA, a.area());
                    }
                }
            } else if (row instanceof ConditionInfo c) {
                add(out, Vocabulary.CONDITION, c.category());
            } else if (row instanceof SettingInfo s) {
                add(out, Vocabulary.SETTING, s.setting());
            } else if (row instanceof PayerPolicy p) {
                add(out, Vocabulary.PAYER_KIND, p.payerKind());
            } else if (row instanceof org.careweave.fact.Icd10Chapter r) {
                add(out, Vocabulary.ICD10_CM_RANGE, r.first() + "-" + r.last());
            } else if (row instanceof VocabularyTerm t) {
                add(out, t.list(), t.value());
            }
        }
        return out;
    }

    private static void add(Map<String, List<String>> lists, String list, String value) {
        List<String> values = lists.computeIfAbsent(list, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }
}
