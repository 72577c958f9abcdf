package org.careweave.internal.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careweave.internal.engine.RuleSource;

/**
 * A rules folder as it was at a git revision, read with the {@code git} command ({@code git ls-tree},
 * {@code git show}) from the repository that holds the working directory. Nothing is checked out.
 */
public final class GitRules {

    /** The prefix that marks a {@code --rules} value as a git revision: {@code git:REV} or {@code git:REV:PATH}. */
    public static final String PREFIX = "git:";

    private GitRules() {}

    /**
     * Whether a {@code --rules} value names a git revision rather than a folder.
     *
     * @param spec the value as given
     * @return true when it starts with {@value #PREFIX}
     */
    public static boolean isGit(String spec) {
        return spec.startsWith(PREFIX);
    }

    /**
     * Reads {@code git:REV} (the {@code rules} folder at REV) or {@code git:REV:PATH} (the folder PATH, relative to
     * the working directory) as a rule source whose origin is the spec itself.
     *
     * @param spec       {@code git:REV} or {@code git:REV:PATH}
     * @param workingDir a folder inside the git repository; PATH is relative to it
     * @return the {@code .drl} and {@code .csv} files of that folder at that revision, read as
     *         {@link RuleSource#fromDirectory} reads a folder; problems name files {@code REV:PATH}
     * @throws IllegalArgumentException when git is missing, the revision or folder does not exist, or holds no
     *                                  rule files; the message says which
     *         (a file there meant as rules but named so that it is not read, {@code goals.DRL}, is an error of
     *         the source that compiling it reports, as in a folder)
     */
    public static RuleSource read(String spec, Path workingDir) {
        String rest = spec.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String rev = colon < 0 ? rest : rest.substring(0, colon);
        String folder = colon < 0 ? "rules" : rest.substring(colon + 1);
        if (rev.isBlank() || rev.startsWith("-") || folder.isBlank()) {
            throw new IllegalArgumentException(spec + ": expected git:REV or git:REV:PATH");
        }
        String prefix = git(workingDir, "rev-parse", "--show-prefix").strip();
        String root = (prefix + folder).replaceAll("/+$", "").replace("/./", "/");
        String listing = git(workingDir, "ls-tree", "-r", "-z", "--name-only", "--full-tree", rev, "--", root + "/");
        List<String> paths = new java.util.ArrayList<>();
        for (String name : listing.split("\0")) {
            if (!name.isEmpty() && name.startsWith(root + "/")) {
                paths.add(name.substring(root.length() + 1));
            }
        }
        // Sorted as a folder's files are (RuleSource.fromListing): a goals.DRL in history is refused at its path
        // (git's own name for it, REV:PATH, which git show opens), hidden and backup files are not read, so equal
        // rules hash equal whichever way they are read.
        RuleSource source = RuleSource.fromListing(spec, rev + ":" + root + "/", paths,
                rel -> git(workingDir, "show", rev + ":" + root + "/" + rel));
        if (source.files().isEmpty()) {
            throw new IllegalArgumentException(spec + ": no files under " + root + "/ at revision " + rev);
        }
        return source;
    }

    private static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = readAll(p.getInputStream());
            String err = readAll(p.getErrorStream());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String first = err.lines().findFirst().orElse("exit " + (p.isAlive() ? "timeout" : p.exitValue()));
                throw new IllegalArgumentException("git " + String.join(" ", args) + ": " + first);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run git (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while running git");
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toString(StandardCharsets.UTF_8);
    }
}
