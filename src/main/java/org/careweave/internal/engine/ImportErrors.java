package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;

/**
 * An import of a class that does not exist ({@code import org.careweave.fact.NoSuch;}). A package's imports are
 * shared by all its files and compiled into every rule's Java class, so one bad import made every consequence and
 * function of the package fail: some ninety errors in a dozen files, none at the import. It is one error at the
 * import's line and column, and the errors of its package that follow from it are left out.
 */
final class ImportErrors {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w$.]+)");
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^[ \\t]*import[ \\t]+(?:(static|function|accumulate)[ \\t]+)?([\\w$]+(?:\\.[\\w$]+)*)(\\.\\*)?");
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(?:trait\\s+)?([\\w$]+)");
    /** What the Java compiler and Drools say in every rule, function and import of a package with a bad import. */
    private static final List<String> FOLLOW_ON = List.of("Only a type can be imported", "The import ",
            "Error importing", "[ function ", "is not a method a rule can call (nor a function of its package)");

    private ImportErrors() {}

    /**
     * One import that names no class: where ({@code rules/<path>}, 1-based line and column), what, and the package
     * it breaks.
     */
    record BadImport(String file, int line, int column, String target, String pkg) {

        /** The problem as the rule author reads it. */
        String message() {
            if (target.endsWith(".*")) {
                return wildcardMessage(target.substring(0, target.length() - 2));
            }
            return "there is no class " + target + " to import: every rule of package " + pkg
                    + " fails to compile until the import is corrected or removed";
        }

        /** Whether {@code message}, an error in a file of package {@code filePkg}, follows from this import. */
        boolean explains(String filePkg, String message) {
            if (!pkg.equals(filePkg) || message == null) {
                return false;
            }
            String simple = target.substring(target.lastIndexOf('.') + 1);
            return message.contains(target) || FOLLOW_ON.stream().anyMatch(message::contains)
                    || Pattern.compile("(?<![\\w$.])" + Pattern.quote(simple) + "(?![\\w$])").matcher(message).find();
        }
    }

    /**
     * The imports of {@code files} (paths under the rules folder to text) that name a class neither careweave nor
     * the rules declare, and that one of the build's {@code messages} is about; a wildcard import only when a
     * message says its package cannot be resolved.
     */
    static List<BadImport> find(Map<String, String> files, Collection<String> messages) {
        Set<String> declared = new HashSet<>();
        Set<String> packages = new HashSet<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                String pkg = packageOf(e.getValue());
                packages.add(pkg);
                Matcher d = DECLARE.matcher(RuleLiterals.withoutComments(e.getValue()));
                while (d.find()) {
                    declared.add(pkg + "." + d.group(1));
                }
            }
        }
        List<BadImport> out = new ArrayList<>();
        for (Import i : imports(files)) {
            String target = i.target();
            // import static a.B.m / import function a.B.m: the class is what precedes the member
            String type = ("static".equals(i.kind()) || "function".equals(i.kind())) && target.contains(".")
                    ? target.substring(0, target.lastIndexOf('.')) : target;
            boolean mentioned = messages.stream().anyMatch(s -> s != null && (i.wildcard()
                    ? s.contains("The import " + target + " cannot be resolved") : s.contains(target)
                    || s.matches("(?s).*The import " + Pattern.quote(prefixOf(type)) + " cannot be resolved.*")));
            if (!mentioned || declared.contains(type) || packages.contains(type)
                    || (!i.wildcard() && loads(type))) {
                continue;
            }
            out.add(new BadImport(i.file(), i.line(), i.column(), i.wildcard() ? target + ".*" : type, i.pkg()));
        }
        return out;
    }

    /** What a wildcard import of a package that does not exist says, from the compiler's errors or not. */
    private static String wildcardMessage(String pkg) {
        return "there is no package " + pkg + " to import: correct or remove the import";
    }

    /**
     * The wildcard imports of {@code files} (paths under the rules folder to text) of a package that neither the
     * class path, the JDK nor the rules have ({@code import com.nope.*;}), as problems at the import. The compiler
     * says nothing of them (a wildcard import only widens where names are looked up), so a misspelt package went
     * unnoticed until a type it was meant to bring was used. Not reported when the class path cannot be listed.
     */
    static List<RuleProblem> missingPackages(Map<String, String> files) {
        Set<String> packages = new HashSet<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                packages.add(packageOf(e.getValue()));
            }
        }
        List<RuleProblem> out = new ArrayList<>();
        for (Import i : imports(files)) {
            // import static a.B.* and import a.B.* (B's nested classes) name a class, not a package
            if (!i.wildcard() || packages.contains(i.target())
                    || !Boolean.FALSE.equals(RuleClassLoader.INSTANCE.hasPackage(i.target())) || loads(i.target())) {
                continue;
            }
            out.add(new RuleProblem(i.file(), i.line(), i.column(), wildcardMessage(i.target())));
        }
        return out;
    }

    /**
     * One {@code import} line of a rules file: the file ({@code rules/<path>}), its package, the kind ({@code static},
     * {@code function}, {@code accumulate} or null), the dotted name, whether it ends {@code .*}, and where the name
     * starts (1-based line and column).
     */
    private record Import(String file, String pkg, String kind, String target, boolean wildcard, int line,
            int column) {}

    /** Every import of the {@code .drl} files of {@code files} (paths under the rules folder to text), in order. */
    private static List<Import> imports(Map<String, String> files) {
        List<Import> out = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (!e.getKey().endsWith(".drl")) {
                continue;
            }
            String text = RuleLiterals.withoutComments(e.getValue());
            String pkg = packageOf(e.getValue());
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                out.add(new Import("rules/" + e.getKey(), pkg, m.group(1), m.group(2), m.group(3) != null,
                        RuleLiterals.lineAt(text, m.start(2)), RuleLiterals.columnAt(text, m.start(2))));
            }
        }
        return out;
    }

    /** The package part of a class name ({@code org.nope} of {@code org.nope.Foo}). */
    private static String prefixOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(RuleLiterals.withoutComments(text));
        return m.find() ? m.group(1) : "";
    }

    /** Whether the rules' class loader has {@code type}, read as a top-level or a nested class. */
    private static boolean loads(String type) {
        String name = type;
        while (true) {
            try {
                Class.forName(name, false, RuleClassLoader.INSTANCE);
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return false;
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
    }
}
