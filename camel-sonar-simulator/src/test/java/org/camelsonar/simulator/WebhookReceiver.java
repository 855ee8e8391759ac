package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/** A webhook endpoint for the tests: records every delivery and answers with a status the test chooses. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String method, String path, String contentType, JsonNode json, Instant at) {

        String action() {
            return json.path("action").asText();
        }

        String uuid() {
            return json.path("uuid").asText();
        }
    }

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile IntSupplier status = () -> 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(Threads.daemon("test-receiver")));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers every later delivery with the status this supplies. */
    WebhookReceiver answer(IntSupplier supplier) {
        this.status = supplier;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String action) {
        return received.stream().filter(r -> r.action().equals(action)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), Json.parseOrNull(body), Instant.now()));
        byte[] reply = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status.getAsInt(), reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
