package org.careweave.internal.io;

/**
 * The UTF-8 byte order mark that Windows editors (Notepad, Excel's "CSV UTF-8", PowerShell's {@code Out-File}) put at
 * the start of a file. It is not JSON text: Jackson skips it in bytes but refuses it in a {@code String}, so a case
 * file's text drops it before it is parsed, wherever a case file is read as text.
 */
public final class ByteOrderMark {

    /** The mark as a character (U+FEFF), as it reads at the start of decoded text. */
    public static final String MARK = "\uFEFF";

    private ByteOrderMark() {}

    /**
     * {@code text} without a leading byte order mark (U+FEFF); any other text as it is.
     *
     * @param text a file's text, decoded
     * @return the text from its first character after the mark
     */
    public static String strip(String text) {
        return text.startsWith(MARK) ? text.substring(1) : text;
    }
}
