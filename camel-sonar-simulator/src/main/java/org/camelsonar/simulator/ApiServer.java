package org.camelsonar.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP front: the JDK's HttpServer on a pool of threads (its default runs every exchange on one thread, which
 * would serialise concurrent clients and injected latency), faults, authentication, routing, Sonar's headers, and
 * the log of received requests.
 */
final class ApiServer {

    static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        preferNoDelay();
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(Threads.daemon("sonar-sim-http"));
    private final ApiRoutes routes;
    private final Credentials credentials;
    private final FaultInjector faults;
    private final List<ReceivedRequest> received = new ArrayList<>();

    ApiServer(String host, int port, ApiRoutes routes, Credentials credentials, FaultInjector faults)
            throws IOException {
        this.routes = routes;
        this.credentials = credentials;
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /**
     * Without TCP_NODELAY the JDK server's split writes meet the client's delayed ACK: about 40 ms per call.
     * The property is read once, when the first HttpServer of the JVM starts; an explicit setting is respected.
     */
    static void preferNoDelay() {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    List<ReceivedRequest> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    void clearReceived() {
        synchronized (received) {
            received.clear();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String requestId = UUID.randomUUID().toString();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            pause();
            String apiPath = apiPath(path);
            Optional<FaultInjector.Fault> fault = faults.next(method, apiPath);
            ApiResponse response;
            try {
                response = fault.map(FaultInjector.Fault::response)
                        .orElseGet(() -> answer(method, apiPath, query, headers, body));
            } catch (RuntimeException e) {
                response = ApiResponse.error(500, "Internal Server Error: " + e);
            }
            boolean drop = fault.isPresent() && fault.get().drop();
            // logged before answering, so a client that got its answer finds its request in the log
            synchronized (received) {
                received.add(new ReceivedRequest(method, path, query, headers, body, drop ? 0 : response.status(),
                        requestId, at));
            }
            if (!drop) {
                write(exchange, response, requestId);
            }
            // a dropped exchange is closed before any header was sent, which closes the socket: no answer at all
        }
    }

    private ApiResponse answer(String method, String apiPath, String query, Map<String, List<String>> headers,
                               String body) {
        if (apiPath == null) {
            return ApiResponse.error(404, "Not Found");
        }
        ApiRoutes.Lookup lookup = routes.lookup(method, apiPath);
        if (lookup.route() == null) {
            return lookup.allowed() == null ? ApiResponse.error(404, "Not Found")
                    : new ApiResponse(405, Json.object("error", "Method Not Allowed"), Map.of("Allow", lookup.allowed()));
        }
        try {
            ApiRequest request = ApiRequest.parse(method, apiPath, query, headers, body);
            if (!credentials.accepts(lookup.route().auth(), request)) {
                return ApiResponse.error(401, "Token or publishable_key not found");
            }
            return lookup.route().handler().handle(request.withPathParams(lookup.params()));
        } catch (ApiException e) {
            return ApiResponse.error(e.status(), e.getMessage());
        }
    }

    private void pause() {
        long millis = faults.latency().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis); // simulated network and server time, not a wait for a condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void write(HttpExchange exchange, ApiResponse response, String requestId) throws IOException {
        byte[] bytes = (response.body() instanceof String text ? text : Json.write(response.body()))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("X-Request-Id", requestId);
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The path below {@code /api} without a trailing slash, or null for paths outside the API. */
    static String apiPath(String path) {
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return null;
        }
        String below = path.substring(4);
        return below.length() > 1 && below.endsWith("/") ? below.substring(0, below.length() - 1) : below;
    }
}
