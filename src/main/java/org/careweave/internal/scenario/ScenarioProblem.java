package org.careweave.internal.scenario;

import java.nio.file.Path;

/**
 * A scenario that cannot be run as written: its file and the JSON pointer of the bad value (empty for the file as
 * a whole, e.g. malformed JSON, whose message then gives line and column).
 */
public record ScenarioProblem(Path file, String pointer, String message) {

    @Override
    public String toString() {
        return file + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message;
    }
}
