package org.careweave;

import java.nio.file.Path;

/**
 * A running hot reload of a rules folder, started by {@link CarePlanner#watch(Path)}. It runs one daemon thread;
 * close it to stop watching (plans keep the rules last installed).
 */
public interface RuleWatch extends AutoCloseable {

    /**
     * The folder watched.
     *
     * @return the rules folder given to {@link CarePlanner#watch(Path)}
     */
    Path dir();

    /**
     * Whether the watching thread still runs.
     *
     * @return false once {@link #close()} has returned
     */
    boolean isRunning();

    /** Stops watching and waits for the thread to end; calling it again does nothing. Throws nothing. */
    @Override
    void close();
}
