package org.careweave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public API small: a public type lives in one of the API packages or under {@code org.careweave.internal},
 * and no public or protected member of an API type mentions an internal type (an embedder could not use it without
 * depending on internals). Reads the compiled main classes, so a new public class anywhere fails here.
 */
class PublicApiTest {

    /** The packages an embedder or a rule author may depend on (README "Embedding", rules/README). */
    static final Set<String> API = Set.of("org.careweave", "org.careweave.model", "org.careweave.plan",
            "org.careweave.io", "org.careweave.fhir", "org.careweave.cds", "org.careweave.fact",
            "org.careweave.fact.billing");

    static final String INTERNAL = "org.careweave.internal.";

    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
        Path root = Path.of(CarePlanner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                try {
                    out.add(Class.forName(name, false, PublicApiTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return out;
    }

    /** Public as seen from outside: public itself and, for a nested type, every enclosing type public too. */
    private static boolean exported(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyPublicTypeIsInAnApiPackageOrInternal() throws Exception {
        Set<String> stray = new TreeSet<>();
        int api = 0;
        for (Class<?> c : mainClasses()) {
            if (!exported(c)) {
                continue;
            }
            String pkg = c.getPackageName();
            if (API.contains(pkg)) {
                api++;
            } else if (!pkg.startsWith(INTERNAL)) {
                stray.add(c.getName());
            }
        }
        assertEquals(Set.of(), stray, "public types outside the API packages and org.careweave.internal");
        assertTrue(api > 50, "the API packages were scanned (" + api + " public types)");
    }

    @Test
    void apiSignaturesMentionNoInternalType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> c : mainClasses()) {
            if (!exported(c) || !API.contains(c.getPackageName())) {
                continue;
            }
            check(leaks, c.getName() + " extends", String.valueOf(c.getGenericSuperclass()));
            for (var i : c.getGenericInterfaces()) {
                check(leaks, c.getName() + " implements", i.getTypeName());
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(leaks, c.getName() + "." + f.getName(), f.getGenericType().getTypeName());
                }
            }
            List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                members.add(k);
            }
            for (Executable m : members) {
                if (!visible(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                String where = c.getName() + "." + m.getName();
                if (m instanceof Method method) {
                    check(leaks, where + " returns", method.getGenericReturnType().getTypeName());
                }
                for (var p : m.getGenericParameterTypes()) {
                    check(leaks, where + " takes", p.getTypeName());
                }
                for (var e : m.getGenericExceptionTypes()) {
                    check(leaks, where + " throws", e.getTypeName());
                }
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    check(leaks, c.getName() + "." + rc.getName(), rc.getGenericType().getTypeName());
                }
            }
        }
        assertEquals(Set.of(), leaks, "API members that expose internal types");
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(Set<String> leaks, String where, String type) {
        if (type.contains(INTERNAL)) {
            leaks.add(where + " " + type);
        }
    }
}
