package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Query;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * The engine's read-back queries (queries.drl) of one KieBase, each with the fact type its {@code $fact} pattern
 * matches, so that a query that cannot have a row is not run.
 *
 * <p>Running a query costs Drools a propagation, a fact handle and a result list presized for 250 rows (~1.5 KB)
 * even when it returns nothing, and an example plan's session holds facts of only a few of the 25 read-back types
 * (a case without visits concludes no billing line). A query over type T can only return a fact that is an
 * instance of T; every fact in a plan's session was inserted during the plan (the recorder sees each insert, of
 * the case's facts, of the table rows and of every conclusion) or is a table row already in a preloaded session.
 * So a query is skipped, and reads as no rows, exactly when none of the classes of those facts is T or a subtype
 * of T. A query whose type cannot be read from the compiled KieBase is always run.
 */
final class ReadBack {

    private final List<String> names;
    /** The type each query's {@code $fact} pattern matches, or null when unknown (the query is always run). */
    private final Class<?>[] types;
    /** Each query's {@code $fact} declaration, or null when its shape is unknown (read with getQueryResults). */
    private final Declaration[] facts;
    /** Which queries a fact of a given class can answer (by query index), found once per class. */
    private final ClassValue<boolean[]> answers = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> c) {
            boolean[] out = new boolean[types.length];
            for (int i = 0; i < types.length; i++) {
                out[i] = types[i] == null || types[i].isAssignableFrom(c);
            }
            return out;
        }
    };
    /** The queries the table rows can answer (in a preloaded session they were inserted before the plan). */
    private final boolean[] byTables;

    ReadBack(KieBase kieBase, List<String> names, List<Object> tableFacts) {
        this.names = List.copyOf(names);
        this.types = new Class<?>[names.size()];
        this.facts = new Declaration[names.size()];
        for (int i = 0; i < types.length; i++) {
            Pattern fact = factPattern(kieBase, names.get(i));
            types[i] = fact == null ? null : ((ClassObjectType) fact.getObjectType()).getClassType();
            facts[i] = fact == null ? null : fact.getDeclaration();
        }
        this.byTables = new boolean[types.length];
        for (int i = 0; i < types.length; i++) {
            byTables[i] = types[i] == null;
        }
        for (Object row : tableFacts) {
            or(byTables, answers.get(row.getClass()));
        }
    }

    /**
     * Each query's rows' {@code $fact}, by query name in the order of the names, in the order the query returns
     * them; a query none of whose type's facts can be in the session reads as an empty list without being run.
     *
     * @param inserted the classes of every fact inserted into the session during the plan (DecisionRecorder)
     */
    Map<String, List<Object>> read(KieSession session, List<Class<?>> inserted) {
        boolean[] run = byTables.clone();
        for (int k = 0, n = inserted.size(); k < n; k++) {
            or(run, answers.get(inserted.get(k)));
        }
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (int i = 0; i < types.length; i++) {
            String q = names.get(i);
            if (!run[i]) {
                byType.put(q, new ArrayList<>(0));
                continue;
            }
            byType.put(q, facts[i] != null && session instanceof StatefulKnowledgeSessionImpl s
                    ? FactRows.run(s, q, facts[i]) : rows(session, q));
        }
        return byType;
    }

    /** One query's rows' {@code $fact}, in the order the query returns them, through Drools' public API. */
    static List<Object> rows(KieSession session, String query) {
        QueryResults results = session.getQueryResults(query);
        List<Object> rows = new ArrayList<>(results.size());
        for (QueryResultsRow row : results) {
            rows.add(row.get("$fact"));
        }
        return rows;
    }

    private static void or(boolean[] into, boolean[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= from[i];
        }
    }

    /** The class of the query's {@code $fact : Type()} pattern, or null if the compiled query is not that shape. */
    static Class<?> factType(KieBase kieBase, String name) {
        Pattern p = factPattern(kieBase, name);
        return p == null ? null : ((ClassObjectType) p.getObjectType()).getClassType();
    }

    /** The query's one {@code $fact : Type()} pattern of a class type, or null if the query is not that shape. */
    private static Pattern factPattern(KieBase kieBase, String name) {
        Query query = kieBase.getQuery(Engine.class.getPackageName(), name);
        if (!(query instanceof RuleImpl rule)) {
            return null;
        }
        Pattern found = null;
        for (RuleConditionElement e : rule.getLhs().getChildren()) {
            if (e instanceof Pattern p && p.getDeclaration() != null
                    && "$fact".equals(p.getDeclaration().getIdentifier())) {
                if (found != null || !(p.getObjectType() instanceof ClassObjectType)) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }
}
