package org.careweave.internal.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.careweave.bench.Workloads;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.FromNode;
import org.drools.core.reteoo.LeftTuple;
import org.drools.core.reteoo.LeftTupleNode;
import org.drools.core.reteoo.PathEndNode;
import org.drools.core.reteoo.RightTuple;
import org.drools.core.reteoo.TerminalNode;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.reteoo.TupleMemory;
import org.drools.core.reteoo.TupleToObjectNode;
import org.drools.core.util.FastIterator;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;

/**
 * The Drools network's memory per rule (issue 15, seventeenth session): each case of a workload is planned in a
 * preloaded table session as {@code Engine} plans it; just before the session is cleaned, every node memory of
 * every rule's network is walked and its tuples counted: a beta node's left memory, its right memory and, for
 * {@code not}/{@code exists} nodes, the left tuples parked on a right tuple as blocked (Phreak keeps those out of
 * the left memory). The same count taken on the table-only session before the case's facts go in is subtracted, so
 * what is reported is what one plan adds (the tuples a plan's clean-up then has to delete). A node shared by k
 * rules counts 1/k for each. Terminal tuples are not in a node memory: the activations each rule's terminal node
 * received (match-created events) are reported beside. Tuples created and deleted within a plan are not seen
 * (rules here derive, they do not modify, so few are). {@code BenchMain net DIR [examples|mix]}.
 *
 * <p>Uses Drools 10.2 internals ({@code InternalWorkingMemory.getNodeMemories()}, {@code BetaMemory},
 * {@code TupleToObjectNode} for the subnetworks of {@code not ( A and B )} and {@code exists ( ... )}); bench
 * profile only.
 */
public final class NetProfile {

    private NetProfile() {}

    /** One node of some rule's network: the rules whose paths hold it, and whether it lies in a subnetwork. */
    private record Node(LeftTupleNode node, Set<String> rules, boolean sub) {}

    /** Tuples per node index: left memory, right memory, blocked left tuples. */
    private static long[][] count(List<Node> nodes, NodeMemories memories) {
        long[][] c = new long[nodes.size()][3];
        for (int i = 0; i < nodes.size(); i++) {
            Memory m = memories.peekNodeMemory(nodes.get(i).node());
            BetaMemory<?> bm = m instanceof BetaMemory<?> b ? b
                    : m instanceof AccumulateNode.AccumulateMemory a ? a.getBetaMemory()
                    : m instanceof FromNode.FromMemory f ? f.getBetaMemory() : null;
            if (bm == null) {
                continue;
            }
            TupleMemory left = bm.getLeftTupleMemory();
            TupleMemory right = bm.getRightTupleMemory();
            c[i][0] = left == null ? 0 : left.size();
            if (right != null) {
                c[i][1] = right.size();
                FastIterator<TupleImpl> it = right.fullFastIterator();
                for (TupleImpl t = BetaNode.getFirstTuple(right, it); t != null; t = it.next(t)) {
                    for (LeftTuple b = ((RightTuple) t).getBlocked(); b != null; b = b.getBlockedNext()) {
                        c[i][2]++;
                    }
                }
            }
        }
        return c;
    }

    /** Every node on the paths of every rule and query, each once, with the names of the rules it serves. */
    private static List<Node> nodes(InternalRuleBase base) {
        Map<LeftTupleNode, Node> byNode = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        new TreeMap<>(base.getReteooBuilder().getTerminalNodes()).forEach((key, terminals) -> {
            for (TerminalNode tn : terminals) {
                String name = tn.getRule().getName();
                Set<PathEndNode> ends = new LinkedHashSet<>();
                ends.add(tn);
                if (tn.getPathEndNodes() != null) {
                    ends.addAll(List.of(tn.getPathEndNodes()));
                }
                for (PathEndNode end : ends) {
                    boolean sub = end instanceof TupleToObjectNode;
                    for (LeftTupleNode n : end.getPathNodes()) {
                        Node node = byNode.computeIfAbsent(n, k -> {
                            Node x = new Node(k, new LinkedHashSet<>(), sub);
                            order.add(x);
                            return x;
                        });
                        node.rules().add(name);
                    }
                }
            }
        });
        return order;
    }

    /** The profile of {@code dir} over {@code workload} (examples or mix), as Markdown. */
    public static String run(Path dir, String workload) {
        RuleSet rules = RuleSet.compile(RuleSource.fromDirectory(dir));
        Planner planner = Planner.fromDirectory(dir);
        List<Case> cases = new ArrayList<>();
        for (Workloads.Input in : Workloads.load(workload, planner)) {
            cases.add(CaseReader.read(in.json()));
        }
        InternalRuleBase base = (InternalRuleBase) rules.kieBase();
        List<Node> nodes = nodes(base);
        TableSessions sessions = rules.tableSessions();
        long[][] added = new long[nodes.size()][3];
        long[][] standing = null;
        Map<String, Long> activations = new HashMap<>();
        DefaultAgendaEventListener created = new DefaultAgendaEventListener() {
            @Override
            public void matchCreated(MatchCreatedEvent e) {
                activations.merge(e.getMatch().getRule().getName(), 1L, Long::sum);
            }
        };
        for (Case c : cases) {
            TableSessions.TableSession ts = sessions.take();
            KieSession session = ts.session;
            NodeMemories memories = ((InternalWorkingMemory) session).getNodeMemories();
            long[][] before = count(nodes, memories);
            if (standing == null) {
                standing = before;
            }
            session.addEventListener(created);
            ts.insert(CaseFacts.of(c));
            session.fireAllRules(Planner.DEFAULT_MAX_FIRINGS);
            session.removeEventListener(created);
            long[][] after = count(nodes, memories);
            for (int i = 0; i < nodes.size(); i++) {
                for (int k = 0; k < 3; k++) {
                    added[i][k] += after[i][k] - before[i][k];
                }
            }
            sessions.giveBack(ts, true);
        }
        return report(rules, dir, workload, cases.size(), nodes, added, standing, activations);
    }

    private static String report(RuleSet rules, Path dir, String workload, int n, List<Node> nodes, long[][] added,
            long[][] standing, Map<String, Long> activations) {
        // per rule: [0] left, [1] right, [2] blocked, [3] in subnetworks, [4] in not/exists nodes, [5] standing
        Map<String, double[]> perRule = new HashMap<>();
        Map<String, Map<String, Double>> kinds = new HashMap<>();
        long nodeTotal = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            double share = 1.0 / node.rules().size();
            long all = added[i][0] + added[i][1] + added[i][2];
            nodeTotal += all;
            String kind = node.node().getClass().getSimpleName() + (node.sub() ? " (sub)" : "");
            boolean negation = kind.startsWith("NotNode") || kind.startsWith("ExistsNode");
            for (String rule : node.rules()) {
                double[] r = perRule.computeIfAbsent(rule, k -> new double[6]);
                for (int k = 0; k < 3; k++) {
                    r[k] += added[i][k] * share;
                }
                r[3] += node.sub() ? all * share : 0;
                r[4] += negation ? all * share : 0;
                r[5] += standing == null ? 0 : (standing[i][0] + standing[i][1] + standing[i][2]) * share;
                if (all != 0) {
                    kinds.computeIfAbsent(rule, k -> new TreeMap<>()).merge(kind, all * share, Double::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "#### Network tuples a plan adds, workload %s (%d cases), %s%n%n",
                workload, n, dir));
        out.append(String.format(Locale.ROOT, "%d nodes on rule paths; a plan adds %.1f tuples to node memories "
                + "(table-only session holds %d); %.1f activations a plan%n%n", nodes.size(), nodeTotal / (double) n,
                standing == null ? 0 : java.util.Arrays.stream(standing).mapToLong(x -> x[0] + x[1] + x[2]).sum(),
                activations.values().stream().mapToLong(Long::longValue).sum() / (double) n));
        out.append("| # | tuples a plan | left | right | blocked | in subnetworks | in not/exists | activations a plan "
                + "| table-only | rule | file | by node |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(perRule.entrySet());
        sorted.sort((x, y) -> Double.compare(total(y.getValue()), total(x.getValue())));
        Map<String, double[]> perFile = new TreeMap<>();
        int rank = 0;
        for (Map.Entry<String, double[]> e : sorted) {
            double[] r = e.getValue();
            String file = file(rules, e.getKey());
            double[] f = perFile.computeIfAbsent(file, k -> new double[2]);
            f[0] += total(r);
            f[1] += r[4];
            if (++rank > 40) {
                continue;
            }
            StringBuilder by = new StringBuilder();
            kinds.getOrDefault(e.getKey(), Map.of()).forEach((k, v) -> by.append(by.length() == 0 ? "" : ", ")
                    .append(k).append(' ').append(String.format(Locale.ROOT, "%.1f", v / n)));
            out.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %s | %s "
                    + "| %s |%n", rank, total(r) / n, r[0] / n, r[1] / n, r[2] / n, r[3] / n, r[4] / n,
                    activations.getOrDefault(e.getKey(), 0L) / (double) n, r[5], e.getKey(), file, by));
        }
        String only = System.getProperty("net.rule");
        if (only != null) {
            // one rule's nodes in path order, to see where its tuples stop (the node's own text names its pattern)
            out.append(String.format(Locale.ROOT, "%n| node | left | right | blocked | rules sharing it | %s |%n"
                    + "|---|---:|---:|---:|---:|---|%n", only));
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                if (node.rules().contains(only)) {
                    out.append(String.format(Locale.ROOT, "| %s%s | %.1f | %.1f | %.1f | %d | %s |%n",
                            node.node().getClass().getSimpleName(), node.sub() ? " (sub)" : "", added[i][0] / (double) n,
                            added[i][1] / (double) n, added[i][2] / (double) n, node.rules().size(),
                            node.node().toString().replace('|', '/')));
                }
            }
        }
        out.append("\n| file | tuples a plan | share | in not/exists |\n|---|---:|---:|---:|\n");
        double sum = perFile.values().stream().mapToDouble(x -> x[0]).sum();
        perFile.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0])).limit(25)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f%% | %.1f |%n", e.getKey(),
                        e.getValue()[0] / n, 100 * e.getValue()[0] / sum, e.getValue()[1] / n)));
        return out.toString();
    }

    private static double total(double[] r) {
        return r[0] + r[1] + r[2];
    }

    private static String file(RuleSet rules, String rule) {
        RuleSet.RuleInfo info = rules.rule(rule);
        return info == null || info.file() == null ? "(query)" : info.file();
    }
}
