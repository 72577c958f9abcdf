package org.careweave.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.internal.engine.RuleSource;

/**
 * Makes a rule set {@code scale} times the size of the bundled one, for cold-start growth: every DRL file is
 * copied {@code scale - 1} times with each rule renamed ({@code "... [copy 7]"}) and every quoted area of the
 * areas table renamed ({@code "walk-150-feet-7"}), so the copies compile into the same KieBase, add nodes and
 * never fire on real cases. Tables are copied once. Files that declare types or functions are not cloned (a
 * second declaration in the same package would not compile); the count of rules is reported by the caller.
 */
public final class RuleCloner {

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^(\\s*rule\\s+\")([^\"]+)(\")");
    private static final Pattern DECLARES = Pattern.compile("(?m)^\\s*(declare|function)\\b");

    private RuleCloner() {}

    public static Path cloneBundled(int scale) {
        try {
            Path dir = Files.createTempDirectory("careweave-rules-x" + scale + "-");
            RuleSource source = RuleSource.bundled();
            List<String> areas = areas(source.files().get("tables/areas.csv"));
            for (Map.Entry<String, String> e : source.files().entrySet()) {
                write(dir.resolve(e.getKey()), e.getValue());
                if (!e.getKey().endsWith(".drl") || DECLARES.matcher(e.getValue()).find()) {
                    continue;
                }
                for (int k = 1; k < scale; k++) {
                    String copy = renameRules(e.getValue(), k);
                    for (String area : areas) {
                        copy = copy.replace("\"" + area + "\"", "\"" + area + "-" + k + "\"");
                    }
                    String name = e.getKey().substring(0, e.getKey().length() - ".drl".length());
                    write(dir.resolve(name + "-copy" + k + ".drl"), copy);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String renameRules(String drl, int k) {
        Matcher m = RULE_NAME.matcher(drl);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + " [copy " + k + "]" + r.group(3)));
    }

    private static List<String> areas(String csv) {
        if (csv == null) {
            return List.of();
        }
        return csv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1)
                .map(l -> l.substring(0, l.indexOf(',') < 0 ? l.length() : l.indexOf(',')).strip())
                .filter(a -> !a.isEmpty()).toList();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    public static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
