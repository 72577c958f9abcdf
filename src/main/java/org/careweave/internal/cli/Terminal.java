package org.careweave.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, so progress output never ends up in a log file. */
final class Terminal {

    private Terminal() {}

    /**
     * True if stderr is a terminal. {@link System#console()} is null as soon as stdout is redirected, which is
     * exactly the batch case ({@code > plans.ndjson}), so on Linux fd 2 is asked directly; elsewhere the console
     * is the best guess.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception ignored) {
            // not Linux, or no /proc: fall through
        }
        return System.console() != null;
    }
}
