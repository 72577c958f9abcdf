package org.careweave.io;

/** Bad input, located by a JSON pointer ({@code /visits/0/services/2/minutes}) or, for an NDJSON batch, a line. */
public class InputException extends RuntimeException {

    private final String pointer;

    public InputException(String pointer, String message) {
        super((pointer.isEmpty() ? "/" : pointer) + ": " + message);
        this.pointer = pointer;
    }

    /** The JSON pointer of the bad value; empty for the document as a whole. */
    public String pointer() {
        return pointer;
    }
}
