package org.careweave.cds;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads one hook call's body as it comes, without a thread waiting for it, and hands it on whole as UTF-8. Every
 * limit is checked as bytes come, whatever the framing (Content-Length or chunked):
 * <ul>
 * <li>over {@link CdsServer#MAX_BODY} bytes: 413 (at once when the Content-Length says so);</li>
 * <li>more than the server's {@link BodyBudget} holds with the bodies of other requests: 503;</li>
 * <li>silent for the timeout inside the body: 408 (Jetty reports the idle timeout as a failed read);</li>
 * <li>still coming after {@code bodySeconds} in all (a client trickling a byte now and then, never silent for the
 *     timeout): 408;</li>
 * <li>a byte that is not UTF-8: 400 at its line, column and byte (a lenient decode would plan U+FFFD in its
 *     place, silently a different case).</li>
 * </ul>
 * Each answer is an OperationOutcome; the bytes taken from the budget are given back on every path, and for a body
 * read whole once its plan is answered.
 */
final class BodyReader implements Runnable {

    /** What gets a body read whole; {@code release} gives its bytes back to the budget (call once, when answered). */
    interface Whole {
        void accept(String body, Runnable release);
    }

    private final Request request;
    private final CdsAnswer answer;
    private final CdsServer.Limits limits;
    private final BodyBudget budget;
    private final Whole whole;
    private final long t0 = System.nanoTime();
    private final ByteArrayOutputStream body;
    private final AtomicBoolean released = new AtomicBoolean();
    private long taken;

    private BodyReader(Request request, CdsAnswer answer, CdsServer.Limits limits, Whole whole, long declared) {
        this.request = request;
        this.answer = answer;
        this.limits = limits;
        this.budget = limits.budget();
        this.whole = whole;
        // grown as bytes come: a client declaring 10 MiB and sending nothing costs 64 KiB, not 10 MiB
        this.body = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), 64 * 1024));
    }

    /** Starts reading {@code request}'s body; {@code whole} gets it, or {@code answer} the refusal. */
    static void read(Request request, CdsAnswer answer, CdsServer.Limits limits, Whole whole) {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH); // -1: none (chunked)
        if (declared > CdsServer.MAX_BODY) {
            answer.send(tooLarge());
            return;
        }
        new BodyReader(request, answer, limits, whole, declared).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                if (overdue()) {
                    return;
                }
                request.demand(this); // called again when more has come
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                // the client went silent for the timeout inside its body, or sent a body HTTP cannot read
                refuse(chunk.getFailure() instanceof TimeoutException
                        ? CdsService.outcome(408, "timeout", "no more of the request body came for "
                                + limits.timeoutSeconds() + " s", null)
                        : CdsService.outcome(400, "structure", "the request body could not be read (it ended early, "
                                + "or its chunked encoding is malformed)", null));
                return;
            }
            try {
                int n = chunk.remaining();
                if (body.size() + (long) n > CdsServer.MAX_BODY) {
                    refuse(tooLarge());
                    return;
                }
                if (!budget.take(n)) {
                    refuse(CdsService.outcome(503, "transient", "the service holds as many request bodies as it can "
                            + "at once (" + budget.limit() / (1024 * 1024) + " MiB); send the request again shortly",
                            null));
                    return;
                }
                taken += n;
                ByteBuffer bytes = chunk.getByteBuffer();
                byte[] copy = new byte[n];
                bytes.get(copy);
                body.write(copy, 0, n);
            } finally {
                chunk.release();
            }
            if (chunk.isLast()) {
                byte[] bytes = body.toByteArray();
                String text = utf8(bytes);
                if (text == null) {
                    refuse(notUtf8(bytes));
                    return;
                }
                whole.accept(text, this::release);
                return;
            }
            if (overdue()) {
                return;
            }
        }
    }

    /** Past {@code bodySeconds} since reading began: 408 (said, and the bytes given back). */
    private boolean overdue() {
        if (System.nanoTime() - t0 <= TimeUnit.SECONDS.toNanos(limits.bodySeconds())) {
            return false;
        }
        refuse(CdsService.outcome(408, "timeout", "the request body did not come whole within "
                + limits.bodySeconds() + " s", null));
        return true;
    }

    private void refuse(CdsService.Response r) {
        release();
        answer.send(r);
    }

    private void release() {
        if (released.compareAndSet(false, true)) {
            budget.giveBack(taken);
        }
    }

    /** The body as text, or null when a byte is not UTF-8 (a lenient decode would plan U+FFFD in its place). */
    static String utf8(byte[] bytes) {
        try {
            return decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * 400 at the first byte that is not UTF-8, as line and column (characters, both 1-based, as the JSON parser's
     * places are) and byte offset; the bytes themselves are not said back (RFC 8259 §8.1: JSON exchanged between
     * systems is UTF-8).
     */
    static CdsService.Response notUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder().decode(in, CharBuffer.allocate(bytes.length), true); // stops at the first bad byte
        int bad = in.position();
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        return CdsService.outcome(400, "structure", "the request body is not UTF-8 at line " + line + ", column "
                + column + " (byte " + (bad + 1) + "); send the hook call as UTF-8 JSON", null);
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static CdsService.Response tooLarge() {
        return CdsService.outcome(413, "too-costly", "request body over " + CdsServer.MAX_BODY + " bytes", null);
    }
}
