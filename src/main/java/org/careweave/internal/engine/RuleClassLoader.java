package org.careweave.internal.engine;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The class loader rules are compiled against: careweave's own, answering at once for packages the class path
 * does not have.
 *
 * <p>While compiling, MVEL tries every identifier of every constraint as a class in every wildcard import
 * ({@code careweave.billing.Integer}, {@code org.careweave.fact.area}...), Drools asks its parent for each class it
 * is about to generate, and the Java compiler asks for each candidate type's {@code .class} resource: about 4,800
 * distinct misses for the bundled rules, and each miss in a package outside the JDK is a search of every jar on the
 * class path (~40 for the CLI). A JFR profile of a cold {@code CarePlanner.bundled()} put a quarter of it in
 * {@code ZipFile.getEntry} for those misses (src/bench/RESULTS.md, "Cold start").
 *
 * <p>So when careweave is loaded by the JVM's application class loader, the packages of its class path are listed
 * once (the jar and directory entries of {@code java.class.path} and of the jars' {@code Class-Path} manifests), and
 * a class or resource in a package that is neither there nor in a JDK module is a miss without a search. Under any
 * other loader (an application server, a fat jar) every question goes to careweave's loader as before.
 */
final class RuleClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable(); // before the instance below exists, or it does not apply to it
    }

    /** The one instance: what it learns about the class path holds for every rule set. */
    static final RuleClassLoader INSTANCE = new RuleClassLoader(RuleClassLoader.class.getClassLoader());

    private static final String VERSIONED = "META-INF/versions/";

    /** Files a class path directory may hold for it to be listed (target/classes has a few hundred). */
    private static final int MAX_DIRECTORY_FILES = 20_000;

    /** Package names (dotted) of classes on the class path and in the JDK's modules; null: not known, ask. */
    private volatile Set<String> packages;
    private volatile boolean listed;

    private RuleClassLoader(ClassLoader parent) {
        super("careweave-rules", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Set<String> known = packages();
        if (known != null && !known.contains(packageOf(name, '.'))) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        Set<String> known = packages();
        if (known != null && name.endsWith(".class") && !known.contains(packageOf(name, '/').replace('/', '.'))) {
            return null;
        }
        return super.getResource(name);
    }

    private static String packageOf(String name, char separator) {
        int i = name.lastIndexOf(separator);
        return i < 0 ? "" : name.substring(0, i);
    }

    private Set<String> packages() {
        if (!listed) {
            synchronized (this) {
                if (!listed) {
                    packages = byApplicationLoader() ? list() : null;
                    listed = true;
                }
            }
        }
        return packages;
    }

    /** Whether careweave was loaded by the JDK's own application class loader, which {@code java.class.path} describes. */
    private boolean byApplicationLoader() {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        return getParent() == system && system.getClass().getName().equals("jdk.internal.loader.ClassLoaders$AppClassLoader");
    }

    /**
     * The packages of the JDK's modules and of the class path, or null when some entry cannot be read or resolved
     * (then nothing is answered without asking).
     */
    private static Set<String> list() {
        Set<String> out = new HashSet<>();
        ModuleLayer.boot().modules().forEach(m -> out.addAll(m.getPackages()));
        Deque<Path> todo = new ArrayDeque<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            // the JVM reads an empty entry as the working directory
            todo.add(Path.of(entry.isEmpty() ? "." : entry));
        }
        Set<Path> seen = new HashSet<>();
        try {
            while (!todo.isEmpty()) {
                Path p = todo.poll().toAbsolutePath().normalize();
                if (!seen.add(p) || !Files.exists(p)) {
                    continue; // a missing entry holds nothing, for the JVM too
                }
                if (Files.isDirectory(p)) {
                    listDirectory(p, out);
                } else {
                    listJar(p, out, todo);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return Set.copyOf(out);
    }

    private static void listDirectory(Path dir, Set<String> out) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            int files = 0;
            for (var it = walk.iterator(); it.hasNext();) {
                // A class path of "." in a large working directory: listing it would cost more than it saves.
                if (++files > MAX_DIRECTORY_FILES) {
                    throw new IllegalStateException("class path directory too large to list");
                }
                Path f = it.next();
                if (f.getFileName() != null && f.getFileName().toString().endsWith(".class")) {
                    String relative = dir.relativize(f).toString().replace(File.separatorChar, '/');
                    out.add(packageOf(relative, '/').replace('/', '.'));
                }
            }
        }
    }

    private static void listJar(Path file, Set<String> out, Deque<Path> todo) throws IOException {
        try (JarFile jar = new JarFile(file.toFile())) {
            for (var e = jar.entries(); e.hasMoreElements();) {
                String n = e.nextElement().getName();
                if (!n.endsWith(".class") || n.endsWith("module-info.class")) {
                    continue;
                }
                if (n.startsWith(VERSIONED)) {
                    int slash = n.indexOf('/', VERSIONED.length());
                    n = slash < 0 ? n : n.substring(slash + 1);
                }
                out.add(packageOf(n, '/').replace('/', '.'));
            }
            Manifest mf = jar.getManifest();
            String classPath = mf == null ? null : mf.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                // Class-Path entries are URLs relative to the jar; one that is not a local file is not listed here,
                // so the class path is not known
                URI base = file.getParent().toUri();
                for (String rel : classPath.trim().split("\\s+")) {
                    URI u = base.resolve(rel);
                    if (!"file".equals(u.getScheme())) {
                        throw new IllegalStateException("not a local Class-Path entry");
                    }
                    todo.add(Path.of(u));
                }
            }
        }
    }
}
