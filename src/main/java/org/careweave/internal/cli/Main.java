package org.careweave.internal.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code careweave}: plan a case, validate rules, run scenarios. Exit codes follow the contract: 0 success,
 * 1 rules or scenarios failed (a {@code --rules} folder that is missing, not a folder or unreadable included), 2 bad
 * input; 3 when the output could not be written (a full disk), so that lost output is never reported as success;
 * and 141 with no message when the reader closed the pipe ({@code | head}), as a shell reports for any command a
 * closed pipe ended.
 */
@Command(name = "careweave", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Coordinated OT/PT care plans and claims from Drools rules.",
        subcommands = {PlanCommand.class, ValidateCommand.class, TestCommand.class, DiffCommand.class,
                ServeCommand.class})
public final class Main implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the rules did not compile or a scenario failed. */
    public static final int RULES_FAILED = 1;
    /** Exit code: bad input (the message names the place). */
    public static final int BAD_INPUT = 2;
    /** The output could not be written (a full disk): what was asked for was not delivered. */
    public static final int OUTPUT_FAILED = 3;
    /**
     * The reader closed the pipe before all output was written ({@code careweave plan case.json | head -3}): the
     * reader's choice, so nothing is said. 141 is 128 + SIGPIPE (13), the status a shell gives a command a closed
     * pipe ended ({@code cat big.txt | head} gives {@code cat} 141): the JVM ignores SIGPIPE and gets an error
     * instead, so careweave ends with that status itself.
     */
    public static final int CLOSED_PIPE = 141;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command line, e.g. {@code plan case.json --format text}
     */
    public static void main(String[] args) {
        // Straight to file descriptor 1, not through System.out: a PrintStream swallows write errors, so a full
        // disk or a closed pipe would go unnoticed and the command would report success.
        System.exit(execute(Stdout.of(new FileOutputStream(FileDescriptor.out)), null, args));
    }

    /**
     * Runs the command line and returns the exit code (for tests: no System.exit).
     *
     * @param args the command line
     * @return the exit code: {@link #OK}, {@link #RULES_FAILED} or {@link #BAD_INPUT}
     */
    public static int execute(String... args) {
        return execute(null, null, args);
    }

    /**
     * Runs the command line with its standard output and error going to the given writers (null: the
     * process's own), and returns the exit code. For tests and for tools that embed the CLI.
     *
     * @param out  where the command's output goes, or null for standard output
     * @param err  where diagnostics go, or null for standard error
     * @param args the command line
     * @return the exit code: {@link #OK}, {@link #RULES_FAILED} or {@link #BAD_INPUT}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        quietLogging();
        CommandLine cli = new CommandLine(new Main());
        if (out != null) {
            cli.setOut(out);
        }
        // Every diagnostic escaped on its way out (rule and table problems quote rule names, table values, file
        // names, input): an ESC, OSC or bidi character from a rules folder or a case never reaches the terminal
        // raw. Batch progress, which draws with escape sequences of its own, writes to the raw writer (rawErr).
        PrintWriter rawErr = err != null ? err : cli.getErr();
        cli.setErr(new SafeErr(rawErr));
        // Usage errors are bad input too: the contract reserves 1 for rules and scenarios. One line, not the whole
        // usage (fresh-user trial: --format xml printed 40 lines to say which formats there are).
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(usageError(ex));
            return BAD_INPUT;
        });
        try {
            int exit = cli.execute(args);
            // checkError flushes, then tells whether any write to the output failed (PrintWriter keeps quiet)
            if (cli.getOut().checkError()) {
                if (Stdout.closedPipe(cli.getOut())) {
                    return CLOSED_PIPE;
                }
                if (exit != OUTPUT_FAILED) {
                    cli.getErr().println("careweave: the output could not be written (full disk?)");
                    return OUTPUT_FAILED;
                }
            }
            return exit;
        } finally {
            cli.getErr().flush();
        }
    }

    /**
     * A usage error on one line: picocli's words (which name the valid values of an enumerated option), bounded, as
     * they quote the argument given, a suggestion for a misspelt option, and where the usage is, e.g.
     * {@code Invalid value for option '--format': expected one of [json, text, html, fhir] (case-sensitive) but was
     * 'xml'; see 'careweave plan --help'}.
     */
    static String usageError(CommandLine.ParameterException ex) {
        StringBuilder line = new StringBuilder(org.careweave.internal.io.SafeText.bounded(
                String.valueOf(ex.getMessage()).replace('\n', ' ').strip(), 300));
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            line.append(" (did you mean ").append(String.join(" or ", u.getSuggestions().stream().limit(3)
                    .map(org.careweave.internal.io.SafeText::excerpt).toList())).append("?)");
        }
        return line.append("; see '").append(ex.getCommandLine().getCommandSpec().qualifiedName())
                .append(" --help'").toString();
    }

    /** Standard error with every unsafe character escaped ({@link SafeText#escaping}); {@link #raw} is not. */
    static final class SafeErr extends PrintWriter {
        private final PrintWriter raw;

        SafeErr(PrintWriter raw) {
            super(org.careweave.internal.io.SafeText.escaping(raw), true);
            this.raw = raw;
        }

        /** The unescaped writer under {@code err}, for output that draws on the terminal itself; else {@code err}. */
        static PrintWriter raw(PrintWriter err) {
            return err instanceof SafeErr s ? s.raw : err;
        }

        @Override
        public boolean checkError() {
            return super.checkError() || raw.checkError();
        }
    }

    /**
     * The command line's logger settings, as system properties so that they live with the CLI rather than in the
     * library jar (an application embedding careweave configures its own logging). slf4j-simple reads them when
     * the first logger is made; a value already set (e.g. {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info})
     * wins. careweave logs nothing about patients; Drools' INFO chatter and build warnings are hidden because
     * build errors are read from the builder's results and reported as file:line by careweave itself.
     */
    static void quietLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl", "off");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
