package org.careweave.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.careweave.RuleBuildException;
import org.careweave.cds.CdsServer;
import org.careweave.cds.CdsService;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careweave serve}: the CDS Hooks 2.0 service over HTTP until stopped (Ctrl-C / SIGTERM shut it down
 * cleanly). With a rules folder (--rules, or the launcher's rules/) edits are picked up live (hot reload).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Run the CDS Hooks 2.0 service: GET /cds-services (discovery), POST /cds-services/careweave-patient-view "
                + "and /cds-services/careweave-order-sign, GET /health.",
        "Rules in a folder are watched and reloaded when they change and compile."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free)",
            defaultValue = "8080")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "interface to listen on (default: ${DEFAULT-VALUE}, this machine only)",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--threads", paramLabel = "N", description = "hook calls planned at once (default: ${DEFAULT-VALUE});"
            + " health, discovery and errors never wait for them",
            defaultValue = "16")
    int threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "a client silent this long in the middle of "
            + "a request, or between requests, is disconnected (default: ${DEFAULT-VALUE})", defaultValue = ""
            + CdsServer.DEFAULT_TIMEOUT_SECONDS)
    int timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String notRules = RulesFolder.holdingRules("--rules", rules.dir);
        if (notRules != null) {
            err.println(notRules);
            return Main.RULES_FAILED;
        }
        String badRules = FileProblems.rulesFolder(rules.dir);
        if (badRules != null) {
            err.println(badRules);
            return Main.RULES_FAILED;
        }
        if (port < 0 || port > 65535 || threads < 1 || timeout < 1) {
            err.println("serve: --port must be 0-65535, --threads and --timeout at least 1");
            return Main.BAD_INPUT;
        }
        // One INFO line per request (method, path, status, ms: never patient data) unless told otherwise. Set before
        // anything in org.careweave.cds runs: the simple logger reads its level once, when the logger is created.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.careweave.cds") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.careweave.cds", "info");
        }
        Planner planner;
        CdsService service;
        try {
            planner = rules.planner();
            service = new CdsService(planner.toCarePlanner(), Clock.systemDefaultZone());
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        Path folder = rules.folder();
        // the log says what failed (file:line), /health that the last good rules serve
        RuleWatcher.Listener reloads = new RuleWatcher.Listener() {
            @Override
            public void reloaded(org.careweave.internal.engine.RuleSet rules) {
                RuleWatcher.LOGGING.reloaded(rules);
                service.reloaded();
            }

            @Override
            public void failed(String version, java.util.List<org.careweave.RuleProblem> problems) {
                RuleWatcher.LOGGING.failed(version, problems);
                service.reloadFailed(problems);
            }

            @Override
            public void reverted(String version) {
                RuleWatcher.LOGGING.reverted(version);
                service.reloaded();
            }
        };
        RuleWatcher watcher = folder == null ? null : planner.watch(folder, RuleWatcher.DEFAULT_INTERVAL, reloads);
        CdsServer server = CdsServer.start(service, host, port, threads, timeout);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            if (watcher != null) {
                watcher.close();
            }
            stopped.countDown();
        }, "careweave-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        err.println("careweave CDS Hooks service on http://" + host + ":" + server.port() + "/cds-services"
                + (folder == null ? " (bundled rules)" : " (rules " + folder + ", reloaded on change)"));
        err.flush();
        stopped.await();
        return Main.OK;
    }
}
