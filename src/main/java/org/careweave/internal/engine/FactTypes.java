package org.careweave.internal.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fact types a rule file can name, for "did you mean" when it names one that does not exist
 * ({@code Problme(} for {@code Problem(}): the classes of the careweave packages it imports with {@code .*}, the
 * classes it imports by name, and the types the rules declare. Read only when a build has failed.
 */
final class FactTypes {

    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^[ \\t]*import[ \\t]+([\\w$]+(?:\\.[\\w$]+)*)(\\.\\*)?[ \\t]*;?");
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(?:trait\\s+|enum\\s+)?([\\w$]+)");
    /** careweave's own packages, the only ones listed for a wildcard import (the JDK's would offer List for Lst). */
    private static final String OWN = "org.careweave.";
    private static final Map<String, Set<String>> LISTED = new ConcurrentHashMap<>();

    private FactTypes() {}

    /** The simple names of the types {@code text} can name, given every rule file's text ({@code all}). */
    static Set<String> visibleIn(String text, Collection<String> all) {
        Set<String> out = new TreeSet<>();
        Matcher m = IMPORT.matcher(RuleLiterals.withoutComments(text));
        while (m.find()) {
            String name = m.group(1);
            if (m.group(2) != null) {
                if (name.startsWith(OWN)) {
                    out.addAll(LISTED.computeIfAbsent(name, FactTypes::classesOf));
                }
            } else {
                out.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        for (String other : all) {
            Matcher d = DECLARE.matcher(RuleLiterals.withoutComments(other));
            while (d.find()) {
                out.add(d.group(1));
            }
        }
        return out;
    }

    /** The name of {@code known} nearest to {@code name} (at most two edits, or the same letters), or null. */
    static String nearest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            int d = CompileErrors.distance(lower, kl);
            if (d > 0 && CompileErrors.sameLetters(lower, kl)) {
                d = Math.min(d, 1); // Porblem: two edits, one slip
            }
            if (d < bestDistance && d <= Math.max(1, Math.min(2, k.length() / 3))) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    /** The top-level classes of one of careweave's packages, from its jar or classes folder. */
    private static Set<String> classesOf(String pkg) {
        Set<String> out = new TreeSet<>();
        String dir = pkg.replace('.', '/');
        try {
            URI where = FactTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path root = Path.of(where);
            if (Files.isDirectory(root)) {
                Path folder = root.resolve(dir);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> list = Files.list(folder)) {
                        list.map(p -> p.getFileName().toString()).forEach(n -> addClass(n, out));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile(), false)) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0)
                            .forEach(n -> addClass(n.substring(dir.length() + 1), out));
                }
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return Set.of(); // no suggestion, the error stands as it is
        }
        return Set.copyOf(out);
    }

    private static void addClass(String file, Set<String> out) {
        if (file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class")) {
            out.add(file.substring(0, file.length() - ".class".length()));
        }
    }
}
