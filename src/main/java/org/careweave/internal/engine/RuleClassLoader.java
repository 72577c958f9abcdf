package org.careweave.internal.engine;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
 * {@code ZipFile.getEntry} for those misses (src/bench/RESULTS.md, "Issue 15, second session: cold start").
 *
 * <p>So when careweave is loaded by the JVM's application class loader, the packages of its class path are listed
 * once (the jar and directory entries of {@code java.class.path} and of the jars' {@code Class-Path} manifests), and
 * a class or {@code .class} resource in a package that is neither there nor in a JDK module is a miss without a
 * search; so is a class missing from a package that only careweave's own jar holds ({@code org.careweave.fact.area}).
 * Under any other loader (an application server, a fat jar) every question goes to careweave's loader as before.
 */
final class RuleClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable(); // before the instance below exists, or it does not apply to it
    }

    /** The one instance: what it learns about the class path holds for every rule set. */
    static final RuleClassLoader INSTANCE = new RuleClassLoader(RuleClassLoader.class.getClassLoader());

    private static final String VERSIONED = "META-INF/versions/";

    /**
     * The Drools properties file every Drools configuration made with this loader reads (Drools' ChainedProperties
     * asks its class loader for {@code META-INF/kie.properties.conf}); this loader answers it with careweave's
     * {@link #BUILD_PROPERTIES} first, so the KieBuilder, which takes no configuration of ours, builds rules one after
     * another (RuleSet#builderConfiguration says why). A system property the application sets still comes first; an
     * application's own Drools builds, under its own loaders, never see the file.
     */
    static final String DROOLS_PROPERTIES = "META-INF/kie.properties.conf";

    /** careweave's answer to {@link #DROOLS_PROPERTIES}, a resource beside this class. */
    static final String BUILD_PROPERTIES = "org/careweave/internal/engine/drools-build.properties";

    /** Files a class path directory may hold for it to be listed (target/classes has a few hundred). */
    private static final int MAX_DIRECTORY_FILES = 20_000;

    /** What the class path holds; null: not known, ask careweave's loader every time. */
    private volatile ClassPath classPath;
    private volatile boolean listed;

    private RuleClassLoader(ClassLoader parent) {
        super("careweave-rules", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        ClassPath cp = classPath();
        if (cp != null && !cp.mayHold(name)) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws IOException {
        java.util.Enumeration<URL> found = super.getResources(name);
        URL ours = DROOLS_PROPERTIES.equals(name) ? getParent().getResource(BUILD_PROPERTIES) : null;
        if (ours == null) {
            return found;
        }
        java.util.List<URL> all = new java.util.ArrayList<>();
        all.add(ours);
        all.addAll(java.util.Collections.list(found));
        return java.util.Collections.enumeration(all);
    }

    @Override
    public URL getResource(String name) {
        ClassPath cp = classPath();
        if (cp != null && name.endsWith(".class")
                && !cp.mayHold(name.substring(0, name.length() - ".class".length()).replace('/', '.'))) {
            return null;
        }
        return super.getResource(name);
    }

    /**
     * Whether the class path or the JDK has the package {@code pkg} (dotted); null when that cannot be told (the
     * class path is not listed: careweave is not loaded by the JVM's application class loader).
     */
    Boolean hasPackage(String pkg) {
        ClassPath cp = classPath();
        return cp == null ? null : cp.packages().contains(pkg);
    }

    private static String packageOf(String name, char separator) {
        int i = name.lastIndexOf(separator);
        return i < 0 ? "" : name.substring(0, i);
    }

    private ClassPath classPath() {
        if (!listed) {
            synchronized (this) {
                if (!listed) {
                    classPath = byApplicationLoader() ? ClassPath.list() : null;
                    listed = true;
                }
            }
        }
        return classPath;
    }

    /** Whether careweave was loaded by the JDK's own application class loader, which {@code java.class.path} describes. */
    private boolean byApplicationLoader() {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        return getParent() == system && system.getClass().getName().equals("jdk.internal.loader.ClassLoaders$AppClassLoader");
    }

    /**
     * The packages of the JDK's modules and of the class path, and the classes of the packages only careweave's own
     * jar (or classes directory) holds: a miss there ({@code org.careweave.fact.area}) is known without a search too.
     *
     * @param packages dotted package names
     * @param ownClasses for each package found only where careweave itself is, its classes' binary names
     */
    private record ClassPath(Set<String> packages, Map<String, Set<String>> ownClasses) {

        boolean mayHold(String className) {
            String pkg = packageOf(className, '.');
            if (!packages.contains(pkg)) {
                return false;
            }
            Set<String> own = ownClasses.get(pkg);
            return own == null || own.contains(className);
        }

        /** Lists the class path, or returns null when some entry cannot be read or resolved. */
        static ClassPath list() {
            Map<String, Path> where = new HashMap<>();
            Set<String> inSeveral = new HashSet<>();
            Map<String, Set<String>> own = new HashMap<>();
            Path self;
            try {
                self = Path.of(RuleClassLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toAbsolutePath().normalize();
            } catch (Exception | Error e) {
                self = null;
            }
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
                    Path location = p;
                    boolean mine = p.equals(self);
                    Consumer<String> classFile = entry -> {
                        String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                        String pkg = packageOf(className, '.');
                        Path before = where.putIfAbsent(pkg, location);
                        if (before != null && !before.equals(location)) {
                            inSeveral.add(pkg);
                        }
                        if (mine) {
                            own.computeIfAbsent(pkg, k -> new HashSet<>()).add(className);
                        }
                    };
                    if (Files.isDirectory(p)) {
                        listDirectory(p, classFile);
                    } else {
                        listJar(p, classFile, mine, todo);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            Set<String> packages = new HashSet<>(where.keySet());
            ModuleLayer.boot().modules().forEach(m -> packages.addAll(m.getPackages()));
            Map<String, Set<String>> ownOnly = new HashMap<>();
            own.forEach((pkg, classes) -> {
                if (!inSeveral.contains(pkg) && ModuleLayer.boot().modules().stream()
                        .noneMatch(m -> m.getPackages().contains(pkg))) {
                    ownOnly.put(pkg, Set.copyOf(classes));
                }
            });
            return new ClassPath(Set.copyOf(packages), Map.copyOf(ownOnly));
        }
    }

    /** Hands each class file under {@code dir} to {@code classFile} as a jar entry name ({@code a/b/C.class}). */
    private static void listDirectory(Path dir, Consumer<String> classFile) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            int files = 0;
            for (var it = walk.iterator(); it.hasNext();) {
                // A class path of "." in a large working directory: listing it would cost more than it saves.
                if (++files > MAX_DIRECTORY_FILES) {
                    throw new IllegalStateException("class path directory too large to list");
                }
                Path f = it.next();
                String relative = dir.relativize(f).toString().replace(File.separatorChar, '/');
                if (relative.endsWith(".class") && !relative.endsWith("module-info.class")) {
                    classFile.accept(relative);
                }
            }
        }
    }

    /**
     * Hands the class entries of the jar to {@code classFile} (a multi-release entry under its plain name): every one
     * if {@code everyClass}, else at least one per package; and queues the jars its manifest's {@code Class-Path}
     * names.
     */
    private static void listJar(Path file, Consumer<String> classFile, boolean everyClass,
            Deque<Path> todo) throws IOException {
        // not verified: only the names and the manifest's Class-Path are read, never a class
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            String lastDirectory = null;
            for (var e = jar.entries(); e.hasMoreElements();) {
                String n = e.nextElement().getName();
                if (!n.endsWith(".class") || n.endsWith("module-info.class")) {
                    continue;
                }
                if (n.startsWith(VERSIONED)) {
                    int slash = n.indexOf('/', VERSIONED.length());
                    n = slash < 0 ? n : n.substring(slash + 1);
                }
                // a jar lists a directory's entries together: one class of it names its package
                int slash = n.lastIndexOf('/');
                if (!everyClass && lastDirectory != null && slash == lastDirectory.length()
                        && n.startsWith(lastDirectory)) {
                    continue;
                }
                lastDirectory = slash < 0 ? "" : n.substring(0, slash);
                classFile.accept(n);
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
