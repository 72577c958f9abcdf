package org.careweave.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.careweave.CarePlanner;

/**
 * A cold start as a user meets it: from the shell's clock just before {@code exec java} to a ready
 * {@link CarePlanner#bundled()}, JVM start-up included (the JMH {@link ColdStartBench} starts its clock inside a
 * running JVM). Run by {@code src/bench/cold-start.sh}, which passes the shell's clock as {@code -Dt0} (epoch
 * milliseconds). Prints {@code ready_ms N}; with {@code -Dtasks}, the CPU milliseconds of each live thread of the
 * process (from {@code /proc/self/task}, Linux only; threads already ended are not listed), to see which thread a
 * start's CPU goes to.
 *
 * <p>Not {@code ProcessHandle.current().info().startInstant()}: on Linux it is the boot time of {@code /proc/stat} in
 * whole seconds plus the process's start in clock ticks, so every reading of one boot is off by the same 0-1 s
 * (src/bench/RESULTS.md, nineteenth session).
 */
public final class ColdTimer {

    private ColdTimer() {}

    /**
     * Builds the bundled planner and prints the time since {@code -Dt0}.
     *
     * @throws IOException when {@code -Dtasks} is set and {@code /proc/self/task} cannot be read
     */
    public static void main(String[] args) throws IOException {
        long t0 = Long.parseLong(System.getProperty("t0"));
        CarePlanner planner = CarePlanner.bundled();
        long ready = System.currentTimeMillis();
        System.out.println("ready_ms " + (ready - t0) + " " + (planner != null ? "ready" : "none"));
        if (System.getProperty("tasks") != null) {
            Map<String, Long> byThread = new TreeMap<>();
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    String stat = Files.readString(task.resolve("stat"));
                    // comm may hold spaces and parentheses: it runs from the first '(' to the last ')'
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    byThread.merge(name, ticks * 10, Long::sum); // USER_HZ is 100 on Linux
                }
            }
            byThread.forEach((name, ms) -> System.out.println("task " + name + " " + ms + " ms"));
        }
    }
}
