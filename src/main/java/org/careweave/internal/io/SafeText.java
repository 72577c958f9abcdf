package org.careweave.internal.io;

/**
 * Makes text from input safe to show a person: control characters (C0 but newline, C1, DEL) and the invisible
 * format characters that reorder or hide text on a terminal (bidi embeddings, overrides and isolates, zero-width
 * marks, line and paragraph separators) are written as {@code \u001B}-style escapes, so an ESC or OSC sequence in
 * a case can neither recolour nor retitle the terminal nor make an error message read other than it is.
 * Used for every human output: stderr diagnostics and {@code --format text}.
 */
public final class SafeText {

    /** Longest excerpt of an input value an error message repeats, in characters (before escaping). */
    public static final int EXCERPT = 40;

    private SafeText() {}

    /** {@code text} with every unsafe character escaped; newlines and tabs kept. Null gives "null". */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length() && safe(text.charAt(i), true)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (safe(c, true)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * A short, escaped excerpt of an input value for an error message: at most {@link #EXCERPT} characters, then
     * {@code ...}; newlines and tabs escaped too, so the excerpt stays on one line.
     */
    public static String excerpt(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() <= EXCERPT ? value : value.substring(0, EXCERPT);
        StringBuilder out = new StringBuilder(cut.length() + 8);
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(safe(c, false) ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return value.length() <= EXCERPT ? out.toString() : out + "...";
    }

    /** Bounds a whole message (which may quote a parser's view of the input) and escapes it. */
    public static String bounded(String message, int max) {
        if (message == null) {
            return "null";
        }
        return escape(message.length() <= max ? message : message.substring(0, max) + "...");
    }

    /**
     * A writer that passes text on with every unsafe character escaped as {@link #escape} does (newlines and tabs
     * kept): what the command line writes to stderr goes through one, so no message, whatever it quotes, reaches
     * the terminal raw.
     *
     * @param out where the escaped text goes
     * @return the escaping writer
     */
    public static java.io.Writer escaping(java.io.Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void write(int c) throws java.io.IOException {
                if (safe((char) c, true)) {
                    out.write(c);
                } else {
                    out.write(String.format("\\u%04X", c & 0xFFFF));
                }
            }

            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws java.io.IOException {
                out.write(escape(str.substring(off, off + len)));
            }
        };
    }

    private static boolean safe(char c, boolean keepLayout) {
        if (c == '\n' || c == '\t') {
            return keepLayout;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        return !(c == 0x061C || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF);
    }
}
