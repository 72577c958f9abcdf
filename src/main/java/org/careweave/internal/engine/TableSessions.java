package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stateful sessions that already hold a rule set's table rows, so a plan inserts only its case's facts (a plan
 * used to insert every table row into a fresh or reset session: about a third of an example plan's CPU, see
 * src/bench/RESULTS.md, "Reference data without per-plan insertion").
 *
 * <p>Soundness does not rest on rule authors' discipline: after a plan, the engine deletes the case's facts (truth
 * maintenance then removes everything rules concluded from them with {@code insertLogical}), fires once more and
 * checks that the session is back to exactly its table-only state: the clean-up ended within its firing bound, every
 * table row is still in the session under the handle it was inserted with (Drools invalidates a deleted fact's
 * handle; an update that replaces the object changes the handle's object), and the session holds as many facts as
 * table rows, so nothing else. A session that fails the check (a rule used plain {@code insert}, deleted a table
 * row, a plan hit the firing or time limit, a consequence threw) is disposed, never reused; the next plan gets a
 * newly loaded session.
 *
 * <p>One session per concurrent plan; sessions are taken and given back by the planning thread only.
 */
final class TableSessions {

    /** Firings allowed while a plan's facts are withdrawn; a rule set that needs more is not reused. */
    private static final int CLEAN_UP_FIRINGS = 10_000;

    /**
     * Idle sessions kept at most: a burst of many concurrent plans (a server with many threads) loads one session
     * each, and past this many the ones given back are disposed rather than kept for the planner's lifetime.
     */
    static final int MAX_IDLE = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private final KieBase kieBase;
    private final List<Object> tables;
    /** The global {@code tables} (org.careweave.fact.Tables), or null when the rules declare none. */
    private final Object tablesGlobal;
    private final ConcurrentLinkedQueue<TableSession> idle = new ConcurrentLinkedQueue<>();
    /** Null until the first session is loaded; false when table rows alone make rules fire. */
    private volatile Boolean usable;

    TableSessions(KieBase kieBase, List<Object> tables, Object tablesGlobal) {
        this.kieBase = kieBase;
        this.tables = tables;
        this.tablesGlobal = tablesGlobal;
    }

    /** A session holding exactly the table rows, for one plan; give it back with {@link #giveBack}. */
    TableSession take() {
        TableSession s = idle.poll();
        if (s == null) {
            KieSession session = kieBase.newKieSession(Engine.SESSION, null);
            if (tablesGlobal != null) {
                session.setGlobal(org.careweave.fact.Tables.GLOBAL, tablesGlobal);
            }
            s = new TableSession(session, tables);
            if (usable == null) {
                usable = s.usable();
            }
        }
        return s;
    }

    /**
     * Whether plans may use these sessions: true unless rules fire on the table rows alone (then a plan's trace
     * and firing counts would miss those firings). Decided by loading the first session.
     */
    boolean usable() {
        Boolean u = usable;
        if (u == null) {
            giveBack(take(), true);
            u = usable;
        }
        return u;
    }

    /** Returns a session after a plan: cleaned and checked, then reused, or disposed if it is not table-only. */
    void giveBack(TableSession s, boolean clean) {
        if (clean && s.usable() && s.clean() && idle.size() < MAX_IDLE) {
            idle.offer(s);
        } else {
            s.session.dispose();
        }
    }

    /** Sessions currently idle (tests). */
    int idle() {
        return idle.size();
    }

    /** One stateful session and what its table-only state is. */
    static final class TableSession {
        final KieSession session;
        private final long tableFactCount;
        private final boolean usable;
        /** The table rows' handles, in insertion order, and the rows (the same order). */
        private final InternalFactHandle[] rowHandles;
        private final Object[] rows;
        /** The facts the current plan inserted, to delete after it. */
        final List<FactHandle> caseHandles = new ArrayList<>(128);

        TableSession(KieSession session, List<Object> tables) {
            this.session = session;
            Map<Object, Boolean> distinct = new IdentityHashMap<>(tables.size() * 2);
            this.rows = tables.toArray();
            this.rowHandles = new InternalFactHandle[rows.length];
            for (int i = 0; i < rows.length; i++) {
                rowHandles[i] = (InternalFactHandle) session.insert(rows[i]);
                distinct.put(rows[i], Boolean.TRUE);
            }
            // Rules that match table rows alone would conclude here, outside any plan, and their firings would be
            // missing from every plan's trace and coverage: such a rule set is planned in sessions loaded per plan.
            int fired = session.fireAllRules();
            this.tableFactCount = session.getFactCount();
            this.usable = fired == 0 && tableFactCount == distinct.size();
        }

        /** False when table rows alone make rules fire: the engine then plans without preloaded sessions. */
        boolean usable() {
            return usable;
        }

        void insert(List<Object> facts) {
            for (Object f : facts) {
                caseHandles.add(session.insert(f));
            }
        }

        /**
         * Deletes the plan's facts and checks the session is back to its table-only state. Truth maintenance
         * removes logically inserted conclusions with their support; anything else left behind fails the check.
         */
        boolean clean() {
            for (FactHandle h : caseHandles) {
                session.delete(h);
            }
            caseHandles.clear();
            // Truth maintenance runs as the deletes propagate, during this fire; a rule may still fire on the way
            // (one whose `not` became true for a moment). What matters is where it ends: only the table rows
            // left. No rule matches table rows alone (checked when the session was loaded), so no match, fired
            // or pending, can remain either: the session is in the state it was loaded in.
            //
            // When every table row is still there under its own handle and the session holds exactly as many facts as
            // table rows, it holds nothing else. (Formerly every fact left was looked up by identity among the table
            // rows: the same verdict, at the cost of walking the session's object store and hashing every row.)
            int fired = session.fireAllRules(CLEAN_UP_FIRINGS);
            if (fired >= CLEAN_UP_FIRINGS || session.getFactCount() != tableFactCount) {
                return false;
            }
            for (int i = 0; i < rows.length; i++) {
                if (!rowHandles[i].isValid() || rowHandles[i].getObject() != rows[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
