package org.careweave.internal.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.FunctionError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.DumpDirOption;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

/**
 * A rule set's compile errors where the rule author made them, one message per mistake, in the author's words.
 * Run only when a build has failed: the rules are built once more with a {@link KnowledgeBuilder}, whose errors
 * keep what the KieBuilder's messages lose (the descriptor the error is about, the Java compiler's problems):
 * <ul>
 * <li>a mistake in a consequence (then-part) is at its own line: the Java compiler's line in the generated rule
 * class is mapped back through the consequence's offset in that class ({@link RuleDescr#getConsequenceOffset()})
 * to the DRL line where the consequence's text starts, with the column the compiler gives
 * ({@link GeneratedClasses}), else the column of the name the compiler complains about;</li>
 * <li>a misspelt field ({@code Need( araa == "x" )}, {@code Need( $a : araa )}) is one message, "Need has no
 * field 'araa'", at its own line and column (in a pattern spanning lines too); the errors that follow from it (the
 * binding it should have made, used in the consequence or a later pattern) are dropped;</li>
 * <li>a fact type that does not exist ({@code Problme(}) is "no fact type 'Problme'" at its line and column, with
 * the nearest fact type the file can name ({@link FactTypes});</li>
 * <li>syntax errors are {@link ParseErrors}: an unclosed {@code (} at its own line, one error per rule, every
 * rule of the file; errors in other files that use what a file that did not parse defines (its functions) are
 * left out ({@link ParseFollowOns});</li>
 * <li>a mistake in a {@code function}'s body is at its own line and column, mapped back through the function's
 * offset in its generated class as a consequence's is; what follows from the function not compiling (every rule
 * and function of its package fails to import it, a call of it is "not a method") is left out.</li>
 * </ul>
 */
final class CompileErrors {

    /**
     * Lines the generated consequence method has before the consequence's first line: Drools' Java rule class
     * template (drools-mvel 10.x) puts the method signature and the {@code kcontext} line first. Pinned by
     * RuleBuildErrorsTest (a consequence mistake reported at its own line).
     */
    private static final int CONSEQUENCE_HEAD = 4;

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)$");
    private static final Pattern NO_FIELD_READER = Pattern.compile(
            "Field Reader does not exist for declaration '(\\$?[\\w$]+)' in '[^']*?:\\s*([\\w$.]+)\\s*'.*");
    private static final Pattern NO_METHOD_STRICT = Pattern.compile(
            "(?s).*unable to resolve method using strict-mode: ([\\w$.]+)\\.(\\w+)\\(\\).*");
    private static final Pattern NOT_A_VARIABLE = Pattern.compile("(\\$?[\\w$]+) cannot be resolved(?: to a variable)?");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(.*");
    private static final Pattern UNDEFINED_CONSTRUCTOR = Pattern.compile("The constructor (\\w+)\\(.*");
    private static final Pattern NOT_A_TYPE = Pattern.compile("(\\w+) cannot be resolved to a type");
    /** A binding made in a pattern: {@code $a : area} (not {@code :=}). */
    private static final Pattern BINDING = Pattern.compile("(\\$[\\w$]*)\\s*:(?!=)");
    private static final Pattern THEN_LINE = Pattern.compile("^\\s*then\\b");
    /** A pattern's type that is neither imported nor declared ({@code Problme(}). */
    private static final Pattern UNKNOWN_OBJECT_TYPE = Pattern.compile("(?s)Unable to resolve ObjectType '([\\w$.]+)'.*");
    /** A call the generated rule class has no method for: the rule's own context (insert, delete, ...). */
    private static final Pattern UNDEFINED_IN_RULE = Pattern.compile(
            "The method (\\w+)\\(.*\\) is undefined for the type Rule_[\\w$]+");
    /** Drools' words for a function parameter whose type it cannot find (the compiler's error says it too). */
    private static final Pattern UNRESOLVED_PARAMETER = Pattern.compile("Unable to resolve type ([\\w$.\\[\\]<>]+) while");
    /** The generated rule class's name, which means nothing to a rule author. */
    private static final Pattern RULE_CLASS = Pattern.compile("\\bRule_[\\w$]+");
    /** What a consequence may call of its own (KnowledgeHelper): the names a misspelt call is compared with. */
    private static final List<String> RULE_CALLS = List.of("insert", "insertLogical", "delete", "retract", "update",
            "modify", "halt", "getRule", "getKieRuntime");

    private CompileErrors() {}

    /**
     * The compile errors of {@code source}'s DRL (files named {@code rules/<path>}); empty if the knowledge builder
     * finds none (the caller then keeps the KieBuilder's messages).
     */
    static List<RuleProblem> of(RuleSource source, String enginePath, String engineDrl) {
        // The generated Java is written out so that a compiler problem's position (an offset in the generated class)
        // can be read as a column of the consequence line; without it, columns come from the message's names only.
        Path generated = GeneratedClasses.temporaryFolder();
        try {
            return of(source, enginePath, engineDrl, generated);
        } finally {
            GeneratedClasses.delete(generated);
        }
    }

    private static List<RuleProblem> of(RuleSource source, String enginePath, String engineDrl, Path generated) {
        KnowledgeBuilderConfiguration conf = RuleSet.builderConfiguration(null);
        if (generated != null) {
            conf.setOption(DumpDirOption.get(generated.toFile()));
        }
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = kb.batch();
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                batch.add(resource("rules/" + e.getKey(), e.getValue()), ResourceType.DRL);
            }
        }
        batch.add(resource(enginePath, engineDrl), ResourceType.DRL);
        try {
            batch.build();
        } catch (RuntimeException e) {
            return List.of(); // the KieBuilder's messages stand
        }
        List<Found> found = new ArrayList<>();
        Map<String, String> unparsed = new java.util.TreeMap<>();
        for (KnowledgeBuilderError error : kb.getErrors()) {
            String file = error.getResource() == null || error.getResource().getSourcePath() == null ? "rules/"
                    : error.getResource().getSourcePath();
            String text = source.files().get(file.startsWith("rules/") ? file.substring("rules/".length()) : file);
            if (error instanceof ParserError && text != null) {
                unparsed.put(file, text); // its syntax errors are read once, all of them (ParseErrors)
                continue;
            }
            String[] lines = text == null ? new String[0] : text.split("\r?\n", -1);
            found.addAll(describe(error, file, lines, generated, source.files()));
        }
        unparsed.forEach((file, text) -> ParseErrors.of(file, text)
                .forEach(p -> found.add(new Found(p, null, false, null))));
        return ParseFollowOns.without(unparsed, source.files(),
                withoutFollowOns(withoutFunctionFollowOns(source, broken(kb), withoutImportFollowOns(source, found))));
    }

    private static Resource resource(String path, String text) {
        Resource r = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
        r.setSourcePath(path);
        return r;
    }

    /**
     * One problem as found: where, what, and for follow-on filtering the rule it is in, whether it is in the
     * consequence, and the binding it is about (a binding that failed, or one the consequence could not find).
     */
    private record Found(RuleProblem problem, String rule, boolean consequence, String binding, Set<String> lost) {

        Found(RuleProblem problem, String rule, boolean consequence, String binding) {
            this(problem, rule, consequence, binding, null);
        }

        /** Whether this is a pattern whose fact type does not exist: the bindings it would make are {@link #lost}. */
        boolean unknownType() {
            return lost != null;
        }
    }

    /** A function that did not compile: its package and name (the class Drools generates for it is {@code Name}). */
    private record BrokenFunction(String pkg, String name) {

        String className() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        /** Whether {@code message}, in a file of package {@code in}, is only what follows from this not compiling. */
        boolean explains(String in, String message) {
            if (message.contains("Error importing : '" + pkg + "." + className() + "." + name + "'")
                    || message.contains("The import " + pkg + "." + className() + " cannot be resolved")) {
                return true;
            }
            return pkg.equals(in) && Pattern.compile("(?<![\\w$.])" + Pattern.quote(name)
                    + "(?:\\(\\.\\.\\.\\) is not a method a rule can call|\\([^)]*\\) is undefined (?:for the type|in function) )")
                    .matcher(message).find();
        }
    }

    private static List<Found> describe(KnowledgeBuilderError error, String file, String[] lines, Path generated,
            Map<String, String> files) {
        int line = error.getLines() != null && error.getLines().length > 0 ? Math.max(error.getLines()[0], 0) : 0;
        if (error instanceof FunctionError f) {
            return describe(f, file, lines, generated);
        }
        if (error instanceof RuleBuildError rb && rb.getDescr() instanceof RuleDescr rule
                && rb.getObject() instanceof CompilationProblem[] problems && problems.length > 0) {
            List<Found> out = new ArrayList<>();
            for (CompilationProblem p : problems) {
                String message = p.getMessage() == null ? "" : p.getMessage().strip();
                boolean inRuleClass = p.getFileName() != null && rule.getClassName() != null
                        && p.getFileName().endsWith("/" + rule.getClassName() + ".java");
                int at = inRuleClass ? consequenceLine(rule, p.getStartLine(), lines) : 0;
                int where = at > 0 ? at : rule.getLine();
                int column = at > 0 ? GeneratedClasses.column(generated, p, lines[at - 1]) : 0;
                column = at > 0 && column == 0 ? columnOf(lines, at, consequenceToken(message)) : column;
                Matcher variable = NOT_A_VARIABLE.matcher(message);
                String binding = variable.matches() && variable.group(1).startsWith("$") ? variable.group(1) : null;
                // "$x cannot be resolved" in the words of a rule: the when-part binds no $x
                String said = binding != null ? binding + " is not bound in the when-part" : authorsWords(message);
                out.add(new Found(new RuleProblem(file, where, column, "then-part of rule \"" + rule.getName()
                        + "\": " + said), rule.getName(), true, binding));
            }
            return out;
        }
        if (error instanceof DescrBuildError d) {
            BaseDescr descr = d.getDescr();
            String rule = d.getParentDescr() instanceof RuleDescr r ? r.getName() : null;
            String message = d.getMessage() == null ? "" : d.getMessage();
            if (line <= 0 && descr != null) {
                line = descr.getLine();
            }
            Matcher reader = NO_FIELD_READER.matcher(message.strip());
            Matcher method = NO_METHOD_STRICT.matcher(message);
            String type = descr instanceof PatternDescr p ? simpleName(p.getObjectType()) : null;
            if (reader.matches()) {
                String field = reader.group(2);
                int[] at = placeOf(lines, line, descr, field);
                return List.of(new Found(new RuleProblem(file, at[0], at[1], (type == null ? "the pattern" : type)
                        + " has no field '" + field + "'" + inRule(rule)),
                        rule, false, reader.group(1)));
            }
            Matcher unknown = UNKNOWN_OBJECT_TYPE.matcher(message.strip());
            if (unknown.matches()) {
                String name = unknown.group(1);
                String near = FactTypes.nearest(name, FactTypes.visibleIn(String.join("\n", lines), files.values()));
                int[] at = placeOf(lines, line, descr, name);
                return List.of(new Found(new RuleProblem(file, at[0], at[1], "no fact type '" + name + "'"
                        + inRule(rule) + (near == null
                        ? ": not imported nor declared in the rules" : ": did you mean " + near + "?")),
                        rule, false, null, bindingsIn(lines, line, descr)));
            }
            if (method.matches()) {
                String field = method.group(2);
                int[] at = placeOf(lines, line, descr, field);
                return List.of(new Found(new RuleProblem(file, at[0], at[1], simpleName(method.group(1))
                        + " has no field '" + field + "'" + inRule(rule)), rule, false, null));
            }
            return List.of(new Found(problem(file, line, message), rule, false, null));
        }
        return List.of(new Found(problem(file, line, error.getMessage()), null, false, null));
    }

    /**
     * A function's compile errors, one per problem the Java compiler found, at the DRL line and column of the
     * function's body where it is ({@link #functionLine}), a parameter type that does not exist at the signature's
     * line; any other error of the function at the function's line.
     */
    private static List<Found> describe(FunctionError error, String file, String[] lines, Path generated) {
        FunctionDescr function = error.getFunctionDescr();
        String name = function.getName();
        String className = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (!(error.getObject() instanceof CompilationProblem[] problems) || problems.length == 0) {
            if (UNRESOLVED_PARAMETER.matcher(error.getMessage() == null ? "" : error.getMessage()).find()) {
                // the Java compiler says the same of the function's signature, with the type's column
                return List.of();
            }
            return List.of(new Found(new RuleProblem(file, function.getLine(), "function " + name
                    + ": it cannot be compiled"), null, false, null));
        }
        List<Found> out = new ArrayList<>();
        for (CompilationProblem p : problems) {
            String message = p.getMessage() == null ? "" : p.getMessage().strip();
            boolean own = p.getFileName() != null && p.getFileName().endsWith("/" + className + ".java");
            int at = own ? functionLine(function, p.getStartLine(), lines) : 0;
            int column = at > 0 ? GeneratedClasses.column(generated, p, lines[at - 1]) : 0;
            column = at > 0 && column == 0 ? columnOf(lines, at, consequenceToken(message)) : column;
            message = message.replace("for the type " + className, "in function " + name);
            out.add(new Found(new RuleProblem(file, at > 0 ? at : function.getLine(), column, "function " + name
                    + ": " + message), null, false, null));
        }
        return out;
    }

    /**
     * The DRL line of a Java compiler problem in a function: Drools' function class template (drools-mvel 10.x)
     * puts the method's signature at line {@link FunctionDescr#getOffset()} and the body's text, from its first
     * non-blank character after the {@code {}, on the lines after it. 0 when the result falls outside the function.
     */
    static int functionLine(FunctionDescr function, int javaLine, String[] lines) {
        int header = function.getLine();
        if (header < 1 || header > lines.length || function.getOffset() <= 0) {
            return 0;
        }
        String[] code = ParseErrors.codeOnly(lines);
        int first = 0;
        boolean open = false;
        for (int l = header; l <= lines.length && first == 0; l++) {
            String line = code[l - 1];
            int from = 0;
            if (!open) {
                int brace = line.indexOf('{');
                if (brace < 0) {
                    continue;
                }
                open = true;
                from = brace + 1;
            }
            if (!line.substring(from).isBlank()) {
                first = l;
            }
        }
        if (first == 0) {
            return 0;
        }
        int drl = first + javaLine - (function.getOffset() + 1);
        int end = function.getEndLine() > 0 ? function.getEndLine() : lines.length;
        return drl >= header && drl <= end ? drl : 0;
    }

    /** The functions of {@code kb}'s packages that did not compile. */
    private static List<BrokenFunction> broken(KnowledgeBuilder kb) {
        List<BrokenFunction> out = new ArrayList<>();
        for (KnowledgeBuilderError error : kb.getErrors()) {
            if (error instanceof FunctionError f && f.getFunctionDescr().getName() != null) {
                String pkg = f.getFunctionDescr().getNamespace();
                out.add(new BrokenFunction(pkg == null ? "" : pkg, f.getFunctionDescr().getName()));
            }
        }
        return out;
    }

    /**
     * Leaves out what follows from a function that did not compile: Drools imports every function of a package into
     * each rule and function class of the package, so each then fails to import it, and each call of it is an
     * unknown method. The function's own errors stay.
     */
    private static List<Found> withoutFunctionFollowOns(RuleSource source, List<BrokenFunction> broken,
            List<Found> found) {
        if (broken.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            String file = f.problem().file();
            String text = source.files().get(file.startsWith("rules/") ? file.substring("rules/".length()) : file);
            String pkg = text == null ? null : ImportErrors.packageOf(text);
            String message = f.problem().message();
            if (broken.stream().noneMatch(b -> b.explains(pkg, message) && !ownError(b, message))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether {@code message} is one of {@code b}'s own errors (said of the function itself, not of a caller). */
    private static boolean ownError(BrokenFunction b, String message) {
        return message.startsWith("function " + b.name() + ": ") && !message.contains("The import ")
                && !message.contains("Error importing");
    }

    /**
     * Where {@code token} (a field, a type) is in the pattern {@code descr} that starts at {@code line}: Drools
     * reports a pattern's errors at the line the pattern starts on, so a misspelt field on a later line of a pattern
     * spanning lines was one line early. The first line of the pattern holding the token as a name, with its column
     * (0 when it is there twice); {@code line} and no column when it is on none.
     */
    static int[] placeOf(String[] lines, int line, BaseDescr descr, String token) {
        if (token == null || line < 1 || line > lines.length) {
            return new int[] {line, 0};
        }
        int last = descr != null && descr.getEndLine() >= line ? Math.min(descr.getEndLine(), lines.length)
                : Math.min(line + 20, lines.length);
        Pattern name = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])");
        String[] code = ParseErrors.codeOnly(lines);
        for (int l = line; l <= last; l++) {
            if (l > line && THEN_LINE.matcher(code[l - 1]).find()) {
                break;
            }
            if (name.matcher(code[l - 1]).find()) {
                return new int[] {l, columnOf(code, l, token)};
            }
        }
        return new int[] {line, 0};
    }

    /**
     * The bindings ({@code $a : area}, {@code $n : Number(...)}) written on the lines of the pattern {@code descr},
     * which starts at {@code line}: what a pattern that cannot be built fails to bind.
     */
    private static Set<String> bindingsIn(String[] lines, int line, BaseDescr descr) {
        Set<String> out = new java.util.HashSet<>();
        if (line < 1 || line > lines.length) {
            return out;
        }
        int last = descr != null && descr.getEndLine() >= line ? Math.min(descr.getEndLine(), lines.length) : line;
        String[] code = ParseErrors.codeOnly(lines);
        for (int l = line; l <= last; l++) {
            Matcher m = BINDING.matcher(code[l - 1]);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * An import of a class that does not exist as one error at the import, in place of the errors it causes in every
     * rule and function of its package ({@link ImportErrors}).
     */
    private static List<Found> withoutImportFollowOns(RuleSource source, List<Found> found) {
        List<ImportErrors.BadImport> bad = ImportErrors.find(source.files(),
                found.stream().map(f -> f.problem().message()).toList());
        if (bad.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>();
        for (ImportErrors.BadImport b : bad) {
            out.add(new Found(new RuleProblem(b.file(), b.line(), b.column(), b.message()), null, false, null));
        }
        for (Found f : found) {
            String file = f.problem().file();
            String text = source.files().get(file.startsWith("rules/") ? file.substring("rules/".length()) : file);
            String pkg = text == null ? null : ImportErrors.packageOf(text);
            if (bad.stream().noneMatch(b -> b.explains(pkg, f.problem().message()))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Drops what follows from another mistake in the same rule: a consequence's "$x cannot be resolved" when
     * the rule's when-part failed to bind {@code $x} (or failed at all: its bindings are then unknown), and
     * repeated messages.
     */
    private static List<RuleProblem> withoutFollowOns(List<Found> found) {
        Set<String> rulesWithLhsErrors = new LinkedHashSet<>();
        // per rule, the bindings its when-part failed to make ($region : regoin)
        Map<String, Set<String>> failedBindings = new java.util.HashMap<>();
        // per file, the rules with a pattern of a type that does not exist, and every binding that failed in it
        Set<String> rulesWithUnknownTypes = new java.util.HashSet<>();
        Map<String, Set<String>> lostInFile = new java.util.HashMap<>();
        for (Found f : found) {
            String file = f.problem().file();
            if (!f.consequence() && f.rule() != null) {
                rulesWithLhsErrors.add(f.rule());
                if (f.binding() != null && f.binding().startsWith("$")) {
                    failedBindings.computeIfAbsent(f.rule(), r -> new java.util.HashSet<>()).add(f.binding());
                    lostInFile.computeIfAbsent(file, r -> new java.util.HashSet<>()).add(f.binding());
                }
            }
            if (f.unknownType()) {
                rulesWithUnknownTypes.add(file + "\n" + f.rule());
                lostInFile.computeIfAbsent(file, r -> new java.util.HashSet<>()).addAll(f.lost());
            }
        }
        Set<RuleProblem> out = new LinkedHashSet<>();
        for (Found f : found) {
            if (f.consequence() && f.binding() != null && rulesWithLhsErrors.contains(f.rule())) {
                continue;
            }
            // once a pattern's type is unknown, Drools cannot check the rest of its rule (its bindings, the types of
            // the expressions using them): the rule's other errors name Java classes and follow from that one
            if (!f.unknownType() && f.rule() != null && rulesWithUnknownTypes.contains(f.problem().file() + "\n"
                    + f.rule())) {
                continue;
            }
            // the same, reported without its rule (and without a line): "unable to resolve method using
            // strict-mode: Need.$a()" for a binding a failed pattern of the file should have made
            Matcher strict = NO_METHOD_STRICT.matcher(f.problem().message());
            if (f.rule() == null && strict.matches() && lostInFile.getOrDefault(f.problem().file(), Set.of())
                    .contains(strict.group(2))) {
                continue;
            }
            // a later pattern's constraint using a binding that failed: "unable to resolve method ... $region()"
            if (!f.consequence() && f.binding() == null && f.rule() != null
                    && failedBindings.getOrDefault(f.rule(), Set.of()).stream().anyMatch(b -> Pattern.compile(
                            "(?<![\\w$])" + Pattern.quote(b) + "(?![\\w$])").matcher(f.problem().message()).find())) {
                continue;
            }
            out.add(f.problem());
        }
        return List.copyOf(out);
    }

    /**
     * The DRL line of a Java compiler problem in a rule's consequence: the generated method holds the
     * consequence's text from line {@code offset + CONSEQUENCE_HEAD} on, starting with its first non-blank
     * character after {@code then}. 0 when the result falls outside the consequence (a template that changed).
     */
    static int consequenceLine(RuleDescr rule, int javaLine, String[] lines) {
        int then = rule.getConsequenceLine();
        if (then < 1 || then > lines.length || rule.getConsequenceOffset() <= 0) {
            return 0;
        }
        Matcher word = Pattern.compile("\\bthen\\b").matcher(lines[then - 1]);
        int from = word.find() ? word.end() : 0;
        int first = 0;
        for (int l = then; l <= lines.length && first == 0; l++) {
            String rest = l == then ? lines[l - 1].substring(from) : lines[l - 1];
            if (!rest.isBlank()) {
                first = l;
            }
        }
        if (first == 0) {
            return 0;
        }
        int drl = first + javaLine - (rule.getConsequenceOffset() + CONSEQUENCE_HEAD);
        int end = rule.getEndLine() > 0 ? rule.getEndLine() : lines.length;
        return drl >= then && drl <= end ? drl : 0;
    }

    /**
     * A Java compiler message about a consequence without the generated class's name: a call the rule cannot
     * make is "insertLogcal(...) is not a method a rule can call (did you mean insertLogical?)"; any other
     * mention of the rule class reads "the rule".
     */
    static String authorsWords(String message) {
        Matcher m = UNDEFINED_IN_RULE.matcher(message);
        if (m.matches()) {
            String call = m.group(1);
            String near = null;
            int best = 3; // at most two edits away
            for (String known : RULE_CALLS) {
                int d = distance(call.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
                if (d < best) {
                    best = d;
                    near = known;
                }
            }
            return call + "(...) is not a method a rule can call" + (near == null ? " (nor a function of its package)"
                    : " (did you mean " + near + "?)");
        }
        return RULE_CLASS.matcher(message).replaceAll("the rule");
    }

    /** Whether {@code a} and {@code b} have the same letters in some order ({@code thne} and {@code then}). */
    static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1,
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The name a Java compiler message is about, to find its column in the DRL line. */
    private static String consequenceToken(String message) {
        for (Pattern p : List.of(NOT_A_VARIABLE, NOT_A_TYPE)) {
            Matcher m = p.matcher(message);
            if (m.matches()) {
                return m.group(1);
            }
        }
        Matcher m = UNDEFINED_METHOD.matcher(message);
        if (m.matches()) {
            return m.group(1) + "(";
        }
        m = UNDEFINED_CONSTRUCTOR.matcher(message);
        if (m.matches()) {
            return m.group(1) + "(";
        }
        return null;
    }

    /** The 1-based column of {@code token} in a line when it occurs there exactly once as a name, else 0. */
    private static int columnOf(String[] lines, int line, String token) {
        if (token == null || line < 1 || line > lines.length) {
            return 0;
        }
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + (token.endsWith("(") ? "" : "(?![\\w$])"))
                .matcher(lines[line - 1]);
        if (!m.find()) {
            return 0;
        }
        int at = m.start();
        return m.find() ? 0 : at + 1;
    }

    private static String columnNote(int column) {
        return column > 0 ? " (column " + column + ")" : "";
    }

    private static String inRule(String rule) {
        return rule == null ? "" : " in rule \"" + rule + "\"";
    }

    private static String simpleName(String type) {
        if (type == null) {
            return null;
        }
        String s = type.substring(type.lastIndexOf('.') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }

    /**
     * One line; the parser's "[ERR 101] Line 3:8" prefix becomes a column note counted from 1 (for a message whose
     * problem is put at another line, or at none: {@link #problem} puts it in the column instead when it can).
     */
    static String clean(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        Matcher m = PARSER_PREFIX.matcher(line);
        return m.matches() ? m.group(3) + columnNote(Integer.parseInt(m.group(2)) + 1) : line;
    }

    /**
     * {@code text} as a problem at {@code line} of {@code file}: the column of the parser's "[ERR 101] Line 3:8"
     * prefix (counted from 1) in the problem's column when the prefix names that line, else {@link #clean}'s words.
     */
    static RuleProblem problem(String file, int line, String text) {
        String one = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        Matcher m = PARSER_PREFIX.matcher(one);
        return line > 0 && m.matches() && Integer.parseInt(m.group(1)) == line
                ? new RuleProblem(file, line, Integer.parseInt(m.group(2)) + 1, m.group(3))
                : new RuleProblem(file, line, clean(text));
    }
}
