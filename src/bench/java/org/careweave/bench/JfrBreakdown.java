package org.careweave.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.careweave.internal.engine.Planner;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;

/**
 * Where an end-to-end plan's CPU and allocation go (issue 15, twenty-third session): {@link #loop} plans a workload
 * on the main thread for a profiler to record, {@link #breakdown} reads the JFR file back and puts each execution
 * and allocation sample of the measured window into one part, by the first match along its stack (our Java: JSON
 * read and write, the plan's assembly, read-back, the recorder; the session's clean-up; inside {@code fireAllRules}:
 * {@code insertLogical}, consequences, the innermost Phreak node, the network's walk, the agenda).
 */
final class JfrBreakdown {

    private JfrBreakdown() {}

    /** {@code loop WORKLOAD WARM_S SECONDS}: plans end to end, printing the measured window's epoch millis. */
    static void loop(String workload, long warmSeconds, long seconds) {
        Planner p = Planner.bundled();
        String[] json = Workloads.load(workload, p).stream().map(Workloads.Input::json).toArray(String[]::new);
        long sink = 0;
        int i = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < warmSeconds * 1_000_000_000L) {
            sink += PlanWriter.jsonLine(p.plan(CaseReader.read(json[i++ % json.length]))).length();
        }
        long start = System.currentTimeMillis();
        long t1 = System.nanoTime();
        int plans = 0;
        while (System.nanoTime() - t1 < seconds * 1_000_000_000L) {
            sink += PlanWriter.jsonLine(p.plan(CaseReader.read(json[i++ % json.length]))).length();
            plans++;
        }
        System.out.printf(Locale.ROOT, "window %d %d plans %d (%d)%n", start, System.currentTimeMillis(), plans, sink);
    }

    private static final Pattern NODE = Pattern.compile("phreak\\.(Phreak\\w+Node)");

    /** The part a sample's stack (outermost frame first, "Class.method") belongs to. */
    static String part(List<String> frames) {
        String s = String.join(";", frames);
        if (s.contains("CaseReader.read")) return "our Java: JSON read (CaseReader)";
        if (s.contains("PlanWriter.jsonLine")) return "our Java: JSON write (PlanWriter)";
        if (s.contains("Engine.finish")) return "our Java: finish (ConclusionCheck, Conclusions, PlanAssembler)";
        if (s.contains("ReadBack.read")) return "our Java: read back (engine queries)";
        if (s.contains("DecisionRecorder")) return "our Java: DecisionRecorder";
        if (s.contains("TableSession.settle")) return "clean-up: the fire after the deletes";
        if (s.contains("TableSession.clean")) return "clean-up: the deletes";
        if (s.contains("TableSession.reload")) return "clean-up: reset and reload of the table rows";
        if (s.contains("TableSession.insert")) return "case facts inserted";
        if (!s.contains("fireAllRules")) return "other";
        if (s.contains("insertLogical")) {
            return s.contains("NamedEntryPoint.insert") || s.contains("PropagationEntry")
                    ? "insertLogical: alpha network, staging" : "insertLogical: truth maintenance";
        }
        if (s.contains("Consequence") || s.contains("defaultConsequence")) return "consequences' own code";
        for (int k = frames.size() - 1; k >= 0; k--) {
            Matcher m = NODE.matcher(frames.get(k));
            if (m.find()) {
                return switch (m.group(1)) {
                    case "PhreakJoinNode" -> "join nodes";
                    case "PhreakNotNode", "PhreakExistsNode", "PhreakSubnetworkNotExistsNode" -> "not / exists nodes";
                    case "PhreakAccumulateNode", "PhreakGroupByNode" -> "accumulate nodes";
                    case "PhreakFromNode" -> "from nodes";
                    case "PhreakRuleTerminalNode", "PhreakQueryTerminalNode" -> "terminal nodes";
                    default -> "other nodes (" + m.group(1) + ")";
                };
            }
        }
        if (s.matches(".*(RuleNetworkEvaluator|SegmentCursor|SegmentMemory|PathMemory|notifyRule).*")) {
            return "network walk, segment and rule linking";
        }
        if (s.matches(".*(RuleExecutor|Agenda|RuleAgendaItem).*")) return "agenda, rule executor";
        return "other in fireAllRules";
    }

    /** {@code jfr FILE START_MS END_MS PLANS}: the table of parts, CPU share and allocation share and KB a plan. */
    static String breakdown(Path file, long startMillis, long endMillis, long plans) throws IOException {
        Map<String, double[]> parts = new TreeMap<>();
        double cpu = 0;
        double bytes = 0;
        try (RecordingFile f = new RecordingFile(file)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                String type = e.getEventType().getName();
                boolean isCpu = type.equals("jdk.ExecutionSample");
                if (!isCpu && !type.equals("jdk.ObjectAllocationSample")) continue;
                long t = e.getStartTime().toEpochMilli();
                RecordedThread th = e.getThread(isCpu ? "sampledThread" : "eventThread");
                RecordedStackTrace st = e.getStackTrace();
                if (t < startMillis || t > endMillis || th == null || !"main".equals(th.getJavaName()) || st == null) {
                    continue;
                }
                List<RecordedFrame> fr = st.getFrames();
                List<String> frames = new java.util.ArrayList<>(fr.size());
                for (int k = fr.size() - 1; k >= 0; k--) {
                    frames.add(fr.get(k).getMethod().getType().getName() + "." + fr.get(k).getMethod().getName());
                }
                double[] v = parts.computeIfAbsent(part(frames), k -> new double[2]);
                if (isCpu) {
                    v[0]++;
                    cpu++;
                } else {
                    v[1] += e.getLong("weight");
                    bytes += e.getLong("weight");
                }
            }
        }
        StringBuilder out = new StringBuilder("| part | CPU | alloc | KB/plan |\n|---|---:|---:|---:|\n");
        for (var p : parts.entrySet()) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %.1f |%n", p.getKey(),
                    100 * p.getValue()[0] / cpu, 100 * p.getValue()[1] / bytes, p.getValue()[1] / 1024 / plans));
        }
        out.append(String.format(Locale.ROOT, "| total | %.0f samples | | %.1f |%n", cpu, bytes / 1024 / plans));
        return out.toString();
    }
}
