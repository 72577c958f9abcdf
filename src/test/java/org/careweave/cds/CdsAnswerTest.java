package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/** How the error handler tells a client that went away from a bug. */
class CdsAnswerTest {

    @Test
    void aConnectionTheClientEndedIsNoBug() {
        assertTrue(CdsAnswer.clientGone(new EofException("reset")));
        assertTrue(CdsAnswer.clientGone(new RuntimeException(new java.util.concurrent.TimeoutException("idle"))));
        assertFalse(CdsAnswer.clientGone(new IllegalStateException("a bug")));
        assertFalse(CdsAnswer.clientGone(null));
    }
}
