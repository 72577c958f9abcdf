package org.careweave.cds;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connection, answering 408 to a request whose head (request line and headers) does not come whole
 * within the timeout, as {@link CdsServer} answers a body that stalls. Jetty itself treats a silent client as idle
 * until the head is complete: at the idle timeout it closes the connection without a word, and then reports the
 * half-read request to the error handler as a failure (a 500 nobody receives). A client that trickles its head a
 * byte at a time never goes idle at all, and could hold a connection for hours.
 *
 * <p>The answer goes the way Jetty answers a head it refuses (its own 426 for an {@code HTTP/2.0} request line):
 * the parser is closed, so nothing more of the request is read, and the request handler's {@code badMessage} builds
 * the request from what came and hands a {@link BadMessageException} to the error handler ({@link CdsAnswer#refused}),
 * which writes the OperationOutcome on a connection that then closes.
 *
 * <p>{@code HttpConnection} is in Jetty's {@code internal} package; the methods used here ({@code getParser},
 * {@code getHttpChannel}, {@code onIdleExpired}, {@code onFillable}) are public and the server tests pin what they
 * do, so a Jetty upgrade that changes them fails a test rather than a client.
 */
final class HeadTimeoutConnection extends HttpConnection {

    private final int timeoutSeconds;

    private HeadTimeoutConnection(HttpConfiguration config, Connector connector, EndPoint endPoint,
            int timeoutSeconds) {
        super(config, connector, endPoint);
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The connection factory making these connections (else as Jetty's own HTTP/1.1 factory). */
    static HttpConnectionFactory factory(HttpConfiguration config, int timeoutSeconds) {
        return new HttpConnectionFactory(config) {
            @Override
            public Connection newConnection(Connector connector, EndPoint endPoint) {
                HeadTimeoutConnection c = new HeadTimeoutConnection(getHttpConfiguration(), connector, endPoint,
                        timeoutSeconds);
                c.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
                return configure(c, connector, endPoint);
            }
        };
    }

    /** A request has begun (some of its line or headers came) and its head is not complete. */
    private boolean inHead() {
        HttpParser parser = getParser();
        return !parser.isStart() && parser.inHeaderState() && getHttpChannel().getRequest() == null;
    }

    /**
     * Silent for the timeout: mid-head, 408; otherwise as Jetty (between requests the connection closes quietly; in a
     * body, the body's reader answers 408).
     */
    @Override
    public boolean onIdleExpired(TimeoutException timeout) {
        if (inHead()) {
            refuse();
            return false; // answered: the connection closes once the 408 is written
        }
        return super.onIdleExpired(timeout);
    }

    /** More bytes of a head that has taken longer than the timeout in all: 408, and the rest is not read. */
    @Override
    public void onFillable() {
        if (inHead() && System.nanoTime() - getParser().getBeginNanoTime()
                > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
            refuse();
        }
        super.onFillable(); // after a refusal it drains what came into the closed parser and stops reading
    }

    private void refuse() {
        getParser().close();
        ((HttpParser.RequestHandler) getParser().getHandler()).badMessage(new BadMessageException(
                HttpStatus.REQUEST_TIMEOUT_408, "the request line and headers did not come whole within "
                        + timeoutSeconds + " s"));
    }
}
