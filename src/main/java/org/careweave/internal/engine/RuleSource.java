package org.careweave.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;

/**
 * The text of a rule set: every {@code .drl} and table file under a {@code rules/} folder, keyed by its path
 * relative to that folder ({@code split/overlaps.drl}). Read once, so that what is hashed is exactly what is
 * compiled, even if the folder changes meanwhile.
 */
public final class RuleSource {

    /** Where the bundled rules sit in the jar (see the pom's resources). */
    static final String BUNDLED_ROOT = "careweave-rules";

    /** What problems say for this source's root: {@code rules/}, or the folder as the user named it. */
    static final String DEFAULT_PLACE = "rules/";

    private final String origin;
    private final String place;
    private final SortedMap<String, String> files;
    private final String version;
    /** The digests careweave's build recorded for these files (see {@link #builtDigests()}), or null. */
    private final BuiltDigests.Digests built;
    /** Whether {@link #built} was taken by the files' CRC key (the jar's own files), not by their SHA-256 version. */
    private final boolean byKey;
    /** Files under the folder that look like rules or tables but are not read (backups, hidden): validate says so. */
    private final List<NotRead> notRead;
    /**
     * Files meant as rules or tables but named so that they are not read ({@code goals.DRL}): errors of the rule
     * set, reported by {@link RuleSet#compile} with everything else that is wrong with it rather than alone.
     */
    private final List<RuleProblem> misnamed;

    /** The table lint of these files, once: the command's up-front check and the compile both ask for it. */
    private volatile List<RuleIssue> tableIssues;

    /** {@link #checkedFingerprint()}, once: the CLI's SoundTables and the compile both ask for it. */
    private volatile String checkedFingerprint;

    private RuleSource(String origin, String place, SortedMap<String, String> files, List<NotRead> notRead,
            List<RuleProblem> misnamed) {
        this(origin, place, files, notRead, misnamed, null);
    }

    /**
     * @param jarDigests the digests careweave's build recorded, when {@code files} were read from careweave's own jar
     *                   by the recorded paths: taken if the files' CRC key matches them (the jar's bytes are
     *                   trusted as its classes are); null for any other files, which are hashed and recognised by
     *                   their SHA-256 version only (a CRC key can be forged: a fresh user's trial did so in a second)
     */
    private RuleSource(String origin, String place, SortedMap<String, String> files, List<NotRead> notRead,
            List<RuleProblem> misnamed, BuiltDigests.Digests jarDigests) {
        this.origin = origin;
        this.place = place;
        // A byte-order mark (Windows editors save "UTF-8 with BOM") is no part of the text: the DRL parser failed on
        // it at 1:1 ("no viable alternative at input ''") and a table's first column name would carry it.
        files.replaceAll((name, text) -> text.startsWith("\uFEFF") ? text.substring(1) : text);
        this.files = Collections.unmodifiableSortedMap(files);
        // The jar's own rules take the digests recorded at build time instead of hashing 1.4 MB (SHA-256 is slow in
        // a cold JVM); other files are hashed, and when they are the bundled ones the DRL need not be hashed again
        // (BuiltDigests).
        BuiltDigests.Digests byKey = jarDigests != null && jarDigests.key().equals(BuiltDigests.key(this.files))
                ? jarDigests : null;
        this.byKey = byKey != null;
        this.version = byKey != null ? byKey.version() : hash(files);
        this.built = byKey != null ? byKey : BuiltDigests.matchingVersion(version);
        this.notRead = List.copyOf(notRead);
        this.misnamed = List.copyOf(misnamed);
    }

    /**
     * Why {@code dir} cannot be read as a rules folder ({@code no such folder}, {@code not a folder (...)},
     * {@code cannot be read (permission denied)}), or null when it can: the words of {@code careweave plan --rules}
     * and of {@link #fromDirectory} alike.
     */
    public static String folderProblem(Path dir) {
        if (Files.isDirectory(dir) && Files.isReadable(dir) && Files.isExecutable(dir)) {
            return null;
        }
        if (Files.isDirectory(dir)) {
            return "cannot be read (permission denied)";
        }
        return Files.exists(dir) ? "is a file, not a folder (give the folder that holds the rules)" : "no such folder";
    }

    /**
     * Reads a rules folder from the file system.
     *
     * @throws RuleBuildException {@code <dir>: no such folder} (or not a folder, or unreadable: {@link #folderProblem})
     */
    public static RuleSource fromDirectory(Path dir) {
        String problem = folderProblem(dir);
        if (problem != null) {
            throw new RuleBuildException(java.util.List.of(new RuleProblem(dir.toString(), 0, problem)));
        }
        String place = placeOf(dir);
        List<NotRead> notRead = new ArrayList<>();
        List<RuleProblem> misnamed = new ArrayList<>();
        SortedMap<String, String> files = read(dir, place, notRead, misnamed);
        return new RuleSource(dir.toAbsolutePath().normalize().toString(), place, files, notRead, misnamed);
    }

    /** The rules packaged in the jar: what a caller gets with no configuration. */
    public static RuleSource bundled() {
        URL url = RuleSource.class.getClassLoader().getResource(BUNDLED_ROOT);
        if (url == null) {
            throw new IllegalStateException("the bundled rules (" + BUNDLED_ROOT + ") are not on the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                BuiltDigests.Digests recorded = BuiltDigests.recorded();
                RuleSource listed = recorded == null ? null : fromListedJar(
                        readListed(RuleSource.class.getClassLoader(), recorded.files()), recorded);
                if (listed != null) {
                    return listed;
                }
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                }
                return new RuleSource("bundled", DEFAULT_PLACE, read(fs.getPath("/" + BUNDLED_ROOT), DEFAULT_PLACE,
                        new ArrayList<>(), new ArrayList<>()), List.of(), List.of());
            }
            return new RuleSource("bundled", DEFAULT_PLACE, read(Path.of(uri), DEFAULT_PLACE, new ArrayList<>(),
                    new ArrayList<>()), List.of(), List.of());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled rules at " + url, e);
        }
    }

    /**
     * The bundled files at {@code paths} (the ones careweave's build recorded, BuiltDigests), read through
     * {@code loader} without opening the jar as a file system; null when {@code paths} is null or one of them cannot
     * be found (then the jar is listed). Only for a jar: a classes folder (tests, an IDE) may hold rules copied after
     * the paths were recorded, so it is listed.
     */
    static SortedMap<String, String> readListed(ClassLoader loader, List<String> paths) throws IOException {
        if (paths == null) {
            return null;
        }
        SortedMap<String, String> files = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (String rel : paths) {
            byte[] bytes;
            try (InputStream in = loader.getResourceAsStream(BUNDLED_ROOT + "/" + rel)) {
                if (in == null) {
                    return null;
                }
                bytes = in.readAllBytes();
            }
            String text = decode(bytes, DEFAULT_PLACE + rel, problems);
            if (text != null) {
                files.put(rel, text);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return files;
    }

    /**
     * The bundled rules from the files read by the recorded paths, when they are what the build recorded (their CRC
     * key matches {@code recorded}'s); null otherwise (a damaged listing, a file changed in the jar), and the jar is
     * then listed and hashed.
     */
    static RuleSource fromListedJar(SortedMap<String, String> listed, BuiltDigests.Digests recorded) {
        if (listed == null || recorded == null) {
            return null;
        }
        RuleSource source = new RuleSource("bundled", DEFAULT_PLACE, listed, List.of(), List.of(), recorded);
        return source.byKey ? source : null;
    }

    /**
     * A rule set built from text in memory, for tests and tools. Keys are paths relative to {@code rules/}; they are
     * sorted as a folder's files are ({@link #fromListing}), so a hidden or backup file is not read here either.
     */
    public static RuleSource of(String origin, Map<String, String> files) {
        return fromListing(origin, DEFAULT_PLACE, List.copyOf(files.keySet()), files::get);
    }

    /**
     * A rule set from a listing of files that is not a folder on disk (a git revision): {@code paths} relative to
     * the rules folder, {@code text} reads one of them. The files are sorted exactly as {@link #fromDirectory} sorts
     * a folder's: rule and table files are read, a hidden or backup file is not (validate warns of it), and a file
     * meant as rules but named so that it would not be read ({@code goals.DRL}) is an error naming it as
     * {@code place + path}, which {@link RuleSet#compile} reports with the rule set's other problems.
     */
    public static RuleSource fromListing(String origin, String place, List<String> paths,
            java.util.function.Function<String, String> text) {
        SortedMap<String, String> files = new TreeMap<>();
        List<RuleProblem> misnamed = new ArrayList<>();
        List<NotRead> notRead = new ArrayList<>();
        for (String rel : paths) {
            if (sort(rel, place, misnamed, notRead)) {
                files.put(rel, text.apply(rel));
            }
        }
        return new RuleSource(origin, place, files, notRead, misnamed);
    }

    /** A file under the rules folder that is not read, as {@code rules/<path>}, and what validate says of it. */
    record NotRead(String file, String why) {}

    /**
     * Whether the file at {@code rel} (relative to the rules folder) is read as rules or a table; when it is not, a
     * file meant as one goes to {@code misnamed} (at {@code place + rel}) or {@code notRead} (hidden, a backup). One decision for every way rules are read (a folder, the jar, a git revision, memory), so that what is
     * counted, hashed, compiled and watched is the same set of files.
     */
    private static boolean sort(String rel, String place, List<RuleProblem> misnamed, List<NotRead> notRead) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        String hidden = hidden(rel);
        if (hidden != null) {
            // Drools' KieBuilder skips hidden files, so compiling one was never possible: it is left out of the
            // count and the version as well, and said (a macOS "._" resource fork, an editor's ".x.drl")
            if (looksLikeRules(name)) {
                notRead.add(new NotRead(DEFAULT_PLACE + rel, hidden));
            }
            return false;
        }
        if (isRuleFile(name)) {
            return true;
        }
        String why = misnamed(name);
        if (why != null) {
            misnamed.add(new RuleProblem(place + rel, 0, why));
        } else if (looksLikeRules(name)) {
            notRead.add(new NotRead(DEFAULT_PLACE + rel, "not read: careweave reads only files ending in .drl or .csv"
                    + " (an editor's backup? rename it to end in .drl or .csv if its rules or rows should count)"));
        }
        return false;
    }

    /** Why {@code rel} is hidden (its name or a folder on its path starts with {@code .}), or null when it is not. */
    private static String hidden(String rel) {
        String[] parts = rel.split("/");
        String name = parts[parts.length - 1];
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].startsWith(".") && !parts[i].equals(".")) {
                return "not read: it is in a hidden folder (" + org.careweave.internal.io.SafeText.excerpt(parts[i])
                        + "/); move it out of that folder if its rules or rows should count";
            }
        }
        if (name.startsWith("._")) {
            return "not read: a hidden file; '._' files are macOS resource forks (copied from a Mac disk), safe to"
                    + " delete";
        }
        if (name.startsWith(".")) {
            return "not read: a hidden file (its name starts with '.'); rename it without the '.' if its rules or rows"
                    + " should count";
        }
        return null;
    }

    /** The folder as the user gave it, with one trailing {@code /}: {@code my-rules/}, {@code /srv/rules/}. */
    private static String placeOf(Path dir) {
        String given = dir.toString().replace('\\', '/');
        return given.isEmpty() ? "./" : given.endsWith("/") ? given : given + "/";
    }

    /**
     * Where a problem is, in the words of whoever gave the rules: a file the checks name {@code rules/<path>}
     * becomes {@code <the folder given to --rules>/<path>} ({@code rules/<path>} for bundled and in-memory rules),
     * so that an error points at the file the user can open.
     */
    public String locate(String file) {
        return file != null && file.startsWith(DEFAULT_PLACE) ? place + file.substring(DEFAULT_PLACE.length()) : file;
    }

    /** {@link #locate(String)} for a problem. */
    public RuleProblem locate(RuleProblem p) {
        return new RuleProblem(locate(p.file()), p.line(), p.column(), p.message());
    }

    /** {@link #locate(String)} for a finding. */
    public RuleIssue locate(RuleIssue i) {
        return new RuleIssue(i.severity(), locate(i.file()), i.line(), i.column(), i.message());
    }

    /**
     * The line where rule {@code rule} starts in {@code file} ({@code rules/<path>}), 1-based; 0 when the file has
     * no such rule.
     */
    public int lineOf(String file, String rule) {
        String text = file == null ? null
                : files.get(file.startsWith(DEFAULT_PLACE) ? file.substring(DEFAULT_PLACE.length()) : file);
        if (text == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+([\"'])"
                + java.util.regex.Pattern.quote(rule) + "\\1").matcher(text);
        return m.find() ? 1 + (int) text.substring(0, m.start(1)).chars().filter(ch -> ch == '\n').count() : 0;
    }

    /**
     * Reads every rule and table file under {@code root}, following symbolic links within it (a rules folder that is
     * a link to a release, or holds linked subfolders of its own, is read through them); a link under it whose target
     * is outside it is not followed and is a problem (exit 1), as is an entry that cannot be read (a link looping
     * back, a folder the user may not read); the walk goes on past each, so every problem is said. A file that is not UTF-8 is a
     * {@link RuleBuildException} naming the file and the line of the first bad byte. A file that is meant as rules or
     * a table but would not be read ({@link #misnamed}) goes to {@code misnamed}. Files that look like a backup of one
     * ({@code goals.drl~}, {@code codes.csv.bak}) or are hidden ({@code .x.drl}, {@code ._x.drl}) are not read and
     * go to {@code notRead} ({@link #sort}). A folder with more than {@link #MAX_ENTRIES} files and folders, or
     * nested deeper than {@link #MAX_DEPTH}, is not read on: one problem says it is not a rules folder (the merge's
     * trial walked all of /tmp and failed on another process's temporary file).
     */
    private static SortedMap<String, String> read(Path root, String place, List<NotRead> notRead,
            List<RuleProblem> misnamed) {
        SortedMap<String, String> files = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        int[] entries = {0};
        try {
            Path real = root.toRealPath();
            Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), MAX_DEPTH + 1,
                    new java.nio.file.SimpleFileVisitor<Path>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path d,
                                java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                            if (!d.equals(root) && leadsOut(d)) {
                                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }
                            return count(d) ? java.nio.file.FileVisitResult.CONTINUE
                                    : java.nio.file.FileVisitResult.TERMINATE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path p,
                                java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                            // a broken link (its own attributes: nothing to follow) is no regular file, as before
                            if (!attrs.isSymbolicLink() && leadsOut(p)) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            if (!count(p)) {
                                return java.nio.file.FileVisitResult.TERMINATE;
                            }
                            if (attrs.isRegularFile()) {
                                String rel = root.relativize(p).toString().replace('\\', '/');
                                if (!sort(rel, place, misnamed, notRead)) {
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }
                                byte[] bytes;
                                try {
                                    bytes = Files.readAllBytes(p);
                                } catch (IOException e) {
                                    problems.add(unreadable(place + rel, e));
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }
                                String text = decode(bytes, place + rel, problems);
                                if (text != null) {
                                    files.put(rel, text);
                                }
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                            // one problem for this entry (a link looping back to a folder above it, a folder the
                            // user may not read), and the walk goes on: it must not hide the others (users' trial
                            // 42: a loop beside a link out of the folder said only the loop)
                            problems.add(unreadable(place + root.relativize(p).toString().replace('\\', '/'), e));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        /**
                         * A symbolic link under the folder whose target is outside it (a rules file or folder
                         * elsewhere): never followed, and a problem of the rule set (users' trial 42: a .drl linked
                         * to /etc/passwd was compiled and the first word of its lines printed); the folder itself
                         * may be a link (to a release), and links within it are followed.
                         */
                        private boolean leadsOut(Path p) throws IOException {
                            if (!Files.isSymbolicLink(p) || p.toRealPath().startsWith(real)) {
                                return false;
                            }
                            problems.add(new RuleProblem(place + root.relativize(p).toString().replace('\\', '/'), 0,
                                    "a symbolic link leading out of the rules folder: not followed (put the file"
                                    + " itself in the folder, or link the whole rules folder)"));
                            return true;
                        }

                        /** Counts an entry; false (with the one problem) once the folder is too large or deep. */
                        private boolean count(Path p) {
                            String tooBig = ++entries[0] > MAX_ENTRIES ? "more than " + MAX_ENTRIES
                                    + " files and folders under it" : root.relativize(p).getNameCount() > MAX_DEPTH
                                    ? "folders nested more than " + MAX_DEPTH + " deep under it" : null;
                            if (tooBig == null) {
                                return true;
                            }
                            // not a rules folder (the bundled one has some 140 entries, 2 deep): never walk a whole disk
                            problems.clear();
                            problems.add(new RuleProblem(place, 0, tooBig + "; a rules folder holds a tables/ folder and"
                                    + " the rules' .drl files (some " + TYPICAL_ENTRIES + "): give the rules folder"
                                    + " itself"));
                            return false;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // a folder of the rules that cannot be listed (permission denied): the rule set would be partial
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String at = place;
            if (io instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
                Path file = Path.of(f.getFile());
                at = file.startsWith(root) ? place + root.relativize(file).toString().replace('\\', '/') : place;
            }
            problems.add(unreadable(at, io));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return files;
    }

    /**
     * Whether {@code dir} holds more than {@link #MAX_ENTRIES} files and folders, or folders nested deeper than
     * {@link #MAX_DEPTH}: more than a rules folder ever holds (reading it as one stops there). Looks no further than
     * that; folders it cannot list are skipped.
     *
     * @param dir a folder
     * @return true when {@code dir} is too large or too deep to be read as a rules folder
     */
    public static boolean beyondRulesFolderSize(Path dir) {
        boolean[] beyond = {false};
        int[] entries = {0};
        try {
            Files.walkFileTree(dir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), MAX_DEPTH + 1,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path d,
                                java.nio.file.attribute.BasicFileAttributes attrs) {
                            return visit(d);
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path f,
                                java.nio.file.attribute.BasicFileAttributes attrs) {
                            return visit(f);
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        private java.nio.file.FileVisitResult visit(Path p) {
                            beyond[0] = ++entries[0] > MAX_ENTRIES || dir.relativize(p).getNameCount() > MAX_DEPTH;
                            return beyond[0] ? java.nio.file.FileVisitResult.TERMINATE
                                    : java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            return beyond[0];
        }
        return beyond[0];
    }

    /** Most files and folders a rules folder may hold: reading stops there with one problem (not a rules folder). */
    static final int MAX_ENTRIES = 5_000;
    /** Deepest a file may be in a rules folder (the bundled rules are 2 deep: {@code billing/units.drl}). */
    static final int MAX_DEPTH = 8;
    /** About how many files and folders the bundled rules folder has, said when a folder has far more. */
    private static final int TYPICAL_ENTRIES = 150;

    /** Strict UTF-8, or a problem at the line of the first byte that is not (null returned). */
    /** A rule file or folder the operating system will not let careweave read: one line, no stack trace. */
    private static RuleProblem unreadable(String file, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemLoopException ? "a link that leads back to a folder above it"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? org.careweave.internal.io.SafeText.excerpt(f.getReason())
                        : e.getClass().getSimpleName();
        return new RuleProblem(file, 0, "cannot be read (" + why + ")");
    }

    private static String decode(byte[] bytes, String file, List<RuleProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new RuleProblem(file, line, "not UTF-8: byte " + (in.position() + 1)
                    + " of the file cannot be read; save the file as UTF-8"));
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".csv");
    }

    /** Drools rule formats careweave does not read: a rule written in one would be silently left out. */
    private static final java.util.Set<String> OTHER_RULE_FORMATS = java.util.Set.of("dsl", "dslr", "rdrl", "rdslr",
            "gdst");

    /**
     * Why a file that is meant as rules or a table is not read, or null: {@code goals.DRL} (the name's case is what
     * decides; on a case-insensitive disk it is the same file), or a Drools format other than DRL.
     */
    static String misnamed(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        String lower = ext.toLowerCase(java.util.Locale.ROOT);
        if ((lower.equals("drl") || lower.equals("csv")) && !ext.equals(lower)) {
            return "not read: " + (lower.equals("drl") ? "rule" : "table") + " file names end in lower-case ." + lower
                    + "; rename it to " + org.careweave.internal.io.SafeText.excerpt(name.substring(0, dot)) + "."
                    + lower;
        }
        if (OTHER_RULE_FORMATS.contains(lower)) {
            return "not read: careweave reads rules only from .drl files (." + lower + " is another Drools format); "
                    + "write the rules in DRL or move the file out of the rules folder";
        }
        return null;
    }

    /** A name that carries {@code .drl} or {@code .csv}: meant as rules or a table, or a copy of one. */
    private static boolean looksLikeRules(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(".drl") || lower.contains(".csv");
    }

    /**
     * Files under the folder that look like a rule or table file but were not read (a backup {@code goals.drl~}, a
     * hidden {@code .x.drl}), as {@code rules/<path>} with why; {@link RuleLinter} warns of each.
     */
    List<NotRead> notRead() {
        return notRead;
    }

    /**
     * Files meant as rules or tables that are not read because of their names ({@code goals.DRL}, {@code x.dslr}),
     * each an error at its path as the user named the folder.
     */
    List<RuleProblem> misnamed() {
        return misnamed;
    }

    /** What a {@link #version()} starts with: the digest follows, in lower-case hex. */
    private static final String VERSION_PREFIX = "sha256:";

    /** SHA-256 of every path and text (line endings normalised): what {@link #version()} is, computed. */
    static String hash(SortedMap<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : files.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                // Line endings must not change the version: a checkout on Windows is the same rule set.
                sha.update(e.getValue().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return VERSION_PREFIX + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "bundled", or the absolute folder the rules were read from. */
    public String origin() {
        return origin;
    }

    /** Relative path to text, in path order. */
    public SortedMap<String, String> files() {
        return files;
    }

    /** A content hash of every rule and table file: equal text, equal version. */
    public String version() {
        return version;
    }

    /**
     * {@link CompiledRules#checkedFingerprint} of these files, computed on first use and shared. It hashes what
     * {@link #version()} hashes (every path and text, each followed by a zero byte, with SHA-256) except that the
     * version normalises line endings: so when no file holds a carriage return it is the version's digest, and the
     * 1.3 MB of rules and tables are not hashed again (SHA-256 is slow in a cold JVM).
     */
    String checkedFingerprint() {
        String fingerprint = checkedFingerprint;
        if (fingerprint == null && byKey) {
            fingerprint = built.checked();
            checkedFingerprint = fingerprint;
        }
        if (fingerprint == null) {
            boolean carriageReturn = files.values().stream().anyMatch(text -> text.indexOf('\r') >= 0);
            fingerprint = carriageReturn ? CompiledRules.checkedFingerprint(files)
                    : version.substring(VERSION_PREFIX.length());
            checkedFingerprint = fingerprint;
        }
        return fingerprint;
    }

    /**
     * The digests careweave's build recorded for these files (the jar's own, recognised by their CRC key; any other
     * files by their SHA-256 version, so up to line endings), or null when they are other files.
     */
    BuiltDigests.Digests builtDigests() {
        return built;
    }

    /**
     * The table lint of this source, computed on first use and shared: a {@code --rules} folder is linted before
     * its cases are read (the CLI's SoundTables) and again by the compile; the files cannot change in between.
     */
    List<RuleIssue> tableIssues(java.util.function.Supplier<List<RuleIssue>> lint) {
        List<RuleIssue> issues = tableIssues;
        if (issues == null) {
            issues = List.copyOf(lint.get());
            tableIssues = issues;
        }
        return issues;
    }
}
