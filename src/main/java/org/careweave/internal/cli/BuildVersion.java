package org.careweave.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code careweave --version} prints: the project version the build wrote into
 * {@code org/careweave/careweave.properties} (a filtered resource), so the command and the pom never disagree.
 */
final class BuildVersion implements IVersionProvider {

    static final String RESOURCE = "/org/careweave/careweave.properties";

    /** The build's version, e.g. {@code 0.2.0-SNAPSHOT}, or {@code unknown} when the resource is missing. */
    static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"careweave " + version()};
    }
}
