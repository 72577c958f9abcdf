package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.core.base.DroolsQueryImpl;
import org.drools.core.base.InternalViewChangedEventListener;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.common.PropagationContext;
import org.drools.core.common.PropagationContextFactory;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.phreak.PropagationEntry;
import org.drools.core.reteoo.RuntimeComponentFactory;
import org.drools.core.reteoo.TupleImpl;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;

/**
 * Runs one read-back query ({@code query T $fact : T() end}) and keeps each row's {@code $fact}, the same facts in
 * the same order as {@code KieSession.getQueryResults} (ReadBackTest), for a fraction of the allocation.
 *
 * <p>{@code getQueryResults} hands each row to Drools' {@code StandardQueryViewChangedEventListener}, which presizes
 * a 250-slot list per query run and copies every row's fact handles into a new handle array (a new fact handle
 * per handle) so that the results outlive the session; the engine then reads {@code $fact} from each copy and
 * drops them all. This collector is handed the same rows and keeps only {@code $fact}: that was ~16% of an
 * example plan's allocation (src/bench/RESULTS.md, "Java side of a plan"). The steps around it are those of
 * Drools 10.2's {@code StatefulKnowledgeSessionImpl.internalGetQueryResult} (not called from a consequence):
 * flush pending work, insert a query object, propagate it, drop its handle.
 */
final class FactRows implements InternalViewChangedEventListener {

    private static final Object[] NO_ARGUMENTS = {};
    private static final PropagationContextFactory CONTEXTS =
            RuntimeComponentFactory.get().getPropagationContextFactory();

    private final Declaration fact;
    private final List<Object> rows = new ArrayList<>();

    private FactRows(Declaration fact) {
        this.fact = fact;
    }

    /** The {@code $fact} of each row of {@code query} in {@code session}, in the order Drools finds them. */
    static List<Object> run(StatefulKnowledgeSessionImpl session, String query, Declaration fact) {
        FactRows collector = new FactRows(fact);
        session.getLock().lock();
        try {
            session.getKnowledgeBase().executeQueuedActions();
            session.getAgenda().executeFlush();
            session.getAgenda().executeFlush();
            DroolsQueryImpl queryObject = new DroolsQueryImpl(query, NO_ARGUMENTS, collector, false);
            InternalFactHandle handle = session.getFactHandleFactory().newFactHandle(queryObject, null, session,
                    session);
            PropagationContext context = CONTEXTS.createPropagationContext(session.getNextPropagationIdCounter(),
                    PropagationContext.Type.INSERTION, null, null, handle, session.getEntryPoint());
            PropagationEntry.ExecuteQuery execute = new PropagationEntry.ExecuteQuery(session.getKnowledgeBase(),
                    query, queryObject, handle, context, false);
            session.addPropagation(execute);
            execute.getResult();
            session.getFactHandleFactory().destroyFactHandle(handle);
        } finally {
            session.getLock().unlock();
        }
        return collector.rows;
    }

    @Override
    public void rowAdded(RuleImpl rule, TupleImpl tuple, ReteEvaluator reteEvaluator) {
        rows.add(fact.getValue(reteEvaluator, tuple.get(fact).getObject()));
    }

    @Override
    public void rowRemoved(RuleImpl rule, TupleImpl tuple, ReteEvaluator reteEvaluator) {
        // only an open (live) query is told of rows removed; this one is closed once run
    }

    @Override
    public void rowUpdated(RuleImpl rule, TupleImpl tuple, ReteEvaluator reteEvaluator) {
        // as rowRemoved
    }

    @Override
    public List<? extends Object> getResults() {
        return rows;
    }
}
