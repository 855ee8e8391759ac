package org.camelsonar.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A port on 127.0.0.1 that refuses connections for as long as this is open: a socket is bound to it but never
 * listens, so nobody else can take the port while a test expects "connection refused" there. A server that allows
 * address reuse (Jetty and Vert.x do) can still bind the port while this is open, for a test where the server
 * "comes up" later, or one that must know the server's port before it starts (a webhook URL that names it): no port
 * is ever released and bound again. Binding alongside follows Linux's rules for address reuse.
 */
public final class RefusedPort implements AutoCloseable {

    private final Socket reserved = new Socket();

    public RefusedPort() {
        try {
            // lets a server bind the same port later while this socket still holds it (see below)
            reserved.setReuseAddress(true);
            reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return reserved.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>/api}: a Sonar base URL nobody answers on. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api";
    }

    @Override
    public void close() throws IOException {
        reserved.close();
    }
}
