package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.drools.core.common.InternalFactHandle;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stateful sessions that already hold a rule set's table rows, so a plan inserts only its case's facts (a plan
 * used to insert every table row into a fresh or reset session: about a third of an example plan's CPU, see
 * src/bench/RESULTS.md, "Reference data without per-plan insertion").
 *
 * <p>Soundness does not rest on rule authors' discipline. After a plan the session is brought back to its table-only
 * state one of two ways, whichever costs less for that plan (src/bench/RESULTS.md, "Issue 15, 1 December (second
 * session): getting a clean session"):
 * <ul>
 *   <li>a plan that left at most {@link #RELOAD_ABOVE} facts beside the table rows (its case's facts and
 *       conclusions) has every fact inserted during it deleted, newest first (the plan's recorder kept their
 *       handles; one truth maintenance already withdrew is skipped); the session fires once more and is checked
 *       back to exactly its table-only state: the clean-up ended within its firing bound, every table row is still in
 *       the session under the handle it was inserted with (Drools invalidates a deleted fact's handle; an update that
 *       replaces the object changes the handle's object), and the session holds as many facts as table rows, so
 *       nothing else;</li>
 *   <li>a bigger plan (withdrawing its conclusions one by one would cost more than reloading) is wiped by Drools'
 *       own reset, the one Drools' session pool gives every pooled session (working memory, agenda, truth
 *       maintenance, fact handle counters, globals, listeners), and the table rows are inserted again in their
 *       order, as in a newly loaded session; it is checked the same way (nothing fires, as many facts as rows).</li>
 * </ul>
 * Newest first, because a conclusion then goes before what supports it: no {@code not} opens for a moment on the way
 * and nothing fires during the clean-up (deleting the case's facts alone and letting truth maintenance withdraw the
 * rest fired 4.2 rules a plan on the examples: src/bench/RESULTS.md, "Issue 15, twenty-first session"). A fact a
 * rule inserted with plain {@code insert} is deleted with the others.
 * A session that fails its check (a rule deleted a table row, or fired during the clean-up and left a fact) or whose
 * plan did not end normally (the firing or time limit, a consequence threw) is disposed, never reused; the next plan
 * gets a newly loaded session.
 *
 * <p>One session per concurrent plan; sessions are taken and given back by the planning thread only.
 */
final class TableSessions {

    /**
     * Most facts a plan may leave beside the table rows (its case's facts and conclusions) for them to be deleted one
     * by one after it; above this, the session is reset and the rows inserted again. Deleting costs roughly in
     * proportion to these facts, while a reset and reload costs the same whatever the plan, and more as the tables
     * grow; the plan after a reload also pays again for the node memories the reset dropped. Measured per case on
     * the rules of 4 December 2026 (src/bench/RESULTS.md, "Issue 15, twenty-third session"), deleting every fact
     * of the plan newest first: a reload allocates 1,263 KB, deleting a heavy-mix plan's 410-656 facts 149-194 KB
     * at about the reload's CPU, a claim of 20 visit dates (858 facts) 1,656 against 1,976 µs, of 30 (1,278 facts)
     * 2,458 against 2,097 µs. End to end the heavy mix, cleaned instead of reloaded, allocates 26-27% less a plan and
     * costs 3-7% less CPU (the 300 kept until then dated from a clean-up that left truth maintenance to withdraw the
     * conclusions, 45% dearer than the reload on the mix: "Issue 15, fifteenth session").
     */
    static final int RELOAD_ABOVE = 1_000;

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
    /** Sessions reset and reloaded after a big plan, rather than cleaned by deletes (tests). */
    private final java.util.concurrent.atomic.LongAdder reloads = new java.util.concurrent.atomic.LongAdder();
    /** {@link #RELOAD_ABOVE}, or another threshold a bench compares it with in the same JVM. */
    private volatile int reloadAbove = RELOAD_ABOVE;
    /** See {@link #caseFactsOnly(boolean)}. */
    private volatile boolean caseFactsOnly;
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
            s = new TableSession(kieBase.newKieSession(Engine.SESSION, null), tables, tablesGlobal);
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

    /**
     * Returns a session after a plan: cleaned (or reset and reloaded, after a big plan) and checked, then reused;
     * disposed if its plan did not end normally ({@code ended} false), if it is not table-only after all, or if
     * enough sessions are idle already.
     */
    void giveBack(TableSession s, boolean ended) {
        giveBack(s, ended, s.caseHandles);
    }

    /**
     * As {@link #giveBack(TableSession, boolean)}, deleting {@code inserted} (every fact inserted during the plan, in
     * insertion order: the case's facts and the conclusions) newest first when the session is cleaned.
     */
    void giveBack(TableSession s, boolean ended, List<? extends FactHandle> inserted) {
        if (ended && s.usable() && idle.size() < MAX_IDLE && backToTables(s, caseFactsOnly ? s.caseFactsInOrder() : inserted)) {
            idle.offer(s);
        } else {
            s.session.dispose();
        }
    }

    private boolean backToTables(TableSession s, List<? extends FactHandle> inserted) {
        if (s.leftBeside() > reloadAbove) {
            reloads.increment();
            return s.reload();
        }
        return s.clean(inserted);
    }

    /**
     * Cleans by deleting only the case's facts, as before the twenty-first session (benches comparing the two
     * clean-ups on one rule set in one JVM; plans are the same either way).
     */
    void caseFactsOnly(boolean on) {
        this.caseFactsOnly = on;
    }

    /**
     * Sets the most facts a plan may leave for them to be deleted rather than the session reloaded (benches
     * comparing thresholds on one rule set in one JVM; plans are the same either way).
     */
    void reloadAbove(int facts) {
        this.reloadAbove = facts;
    }

    /** How many sessions were reset and reloaded after a big plan so far (tests). */
    long reloads() {
        return reloads.sum();
    }

    /** Sessions currently idle (tests). */
    int idle() {
        return idle.size();
    }

    /** One stateful session and what its table-only state is. */
    static final class TableSession {
        final KieSession session;
        private final Object tablesGlobal;
        private final long tableFactCount;
        private final boolean usable;
        /** The table rows' handles, in insertion order, and the rows (the same order). */
        private final InternalFactHandle[] rowHandles;
        private final Object[] rows;
        /** The facts the current plan inserted, to delete after it. */
        final List<FactHandle> caseHandles = new ArrayList<>(128);

        TableSession(KieSession session, List<Object> tables, Object tablesGlobal) {
            this.session = session;
            this.tablesGlobal = tablesGlobal;
            Map<Object, Boolean> distinct = new IdentityHashMap<>(tables.size() * 2);
            this.rows = tables.toArray();
            this.rowHandles = new InternalFactHandle[rows.length];
            for (Object row : rows) {
                distinct.put(row, Boolean.TRUE);
            }
            load();
            // Rules that match table rows alone would conclude here, outside any plan, and their firings would be
            // missing from every plan's trace and coverage: such a rule set is planned in sessions loaded per plan.
            int fired = session.fireAllRules();
            this.tableFactCount = session.getFactCount();
            this.usable = fired == 0 && tableFactCount == distinct.size();
        }

        /** Sets the tables global and inserts the table rows, in their order, into the (new or reset) session. */
        private void load() {
            if (tablesGlobal != null) {
                session.setGlobal(org.careweave.fact.Tables.GLOBAL, tablesGlobal);
            }
            for (int i = 0; i < rows.length; i++) {
                rowHandles[i] = (InternalFactHandle) session.insert(rows[i]);
            }
        }

        /** Facts in the session beside the table rows: the plan's case facts and what rules concluded. */
        long leftBeside() {
            return session.getFactCount() - tableFactCount;
        }

        /**
         * Resets the session as Drools' session pool does (an empty working memory and agenda, handle counters from
         * the start, no globals or listeners) and inserts the table rows again: the state a newly loaded session
         * starts in, same handles' ids included. Checked as a new one is: nothing fires, as many facts as rows.
         */
        boolean reload() {
            caseHandles.clear();
            if (!(session instanceof StatefulKnowledgeSessionImpl drools)) {
                return false;
            }
            drools.reset();
            load();
            return session.fireAllRules() == 0 && session.getFactCount() == tableFactCount;
        }

        /** The case's facts, reversed, so {@link #clean} deletes them in insertion order (the bench's "before"). */
        List<FactHandle> caseFactsInOrder() {
            List<FactHandle> reversed = new ArrayList<>(caseHandles);
            java.util.Collections.reverse(reversed);
            return reversed;
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
         * Deletes {@code inserted} newest first (those still in the session) and checks the session is back to its
         * table-only state; anything left behind fails the check.
         *
         * @param inserted facts inserted since the session was last table-only, in insertion order: every fact of
         *                 the plan, or only the case's ({@link #caseHandles}: truth maintenance withdraws the rest)
         */
        boolean clean(List<? extends FactHandle> inserted) {
            for (int i = inserted.size() - 1; i >= 0; i--) {
                InternalFactHandle h = (InternalFactHandle) inserted.get(i);
                // withdrawn during the plan, or a moment ago with what supported it: already gone
                if (h.isValid()) {
                    session.delete(h);
                }
            }
            caseHandles.clear();
            return settle();
        }

        /**
         * Fires what the deletes left to do and checks the session holds exactly its table rows (the clean-up
         * probe calls it after deleting in other orders).
         */
        boolean settle() {
            // Truth maintenance finishes withdrawing during this fire; a rule may still fire on the way (one whose
            // `not` opened for a moment: none after newest-first deletes of every fact the plan inserted). What
            // matters is where it ends: only the table rows left. No rule matches table rows alone (checked when the
            // session was loaded), so no match, fired or pending, can remain either: the session is in the state it
            // was loaded in.
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
