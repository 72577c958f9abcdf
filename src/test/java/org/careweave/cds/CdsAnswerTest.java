package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/** How the error handler tells what Jetty refused, from the failure's types and never its stack frames. */
class CdsAnswerTest {

    /**
     * Before: found by a stack frame named {@code convertContentLength}. Now the parser's wrapped overflow: a
     * Content-Length too large for a long, whatever the stack says.
     */
    @Test
    void aContentLengthTooLargeForALongIsKnownByItsOverflowNotItsStack() {
        ArithmeticException overflow = new ArithmeticException("long overflow");
        overflow.setStackTrace(new StackTraceElement[0]);
        BadMessageException bad = new BadMessageException("Bad Request", overflow);
        bad.setStackTrace(new StackTraceElement[0]);
        assertTrue(CdsAnswer.aboutContentLength("Bad Request", bad));

        // a frame of that name without the overflow is not taken for it any more
        IllegalStateException other = new IllegalStateException("x");
        other.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.eclipse.jetty.http.HttpParser", "convertContentLength", null, 1)});
        assertFalse(CdsAnswer.aboutContentLength("Bad Request", new BadMessageException("Bad Request", other)));
        assertTrue(CdsAnswer.aboutContentLength("Invalid Content-Length Value", null));
        assertFalse(CdsAnswer.aboutContentLength("Bad Request", null));
    }

    @Test
    void aConnectionTheClientEndedIsNoBug() {
        assertTrue(CdsAnswer.clientGone(new EofException("reset")));
        assertTrue(CdsAnswer.clientGone(new RuntimeException(new java.util.concurrent.TimeoutException("idle"))));
        assertFalse(CdsAnswer.clientGone(new IllegalStateException("a bug")));
        assertFalse(CdsAnswer.clientGone(null));
    }
}
