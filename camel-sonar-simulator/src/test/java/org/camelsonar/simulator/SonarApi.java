package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A bare HTTP client for the tests: what any Sonar client would send, nothing of camel-sonar. */
final class SonarApi {

    record Reply(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        JsonNode json() {
            return Json.parseOrNull(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    SonarApi(SonarSimulator sim) {
        this(sim.baseUrl(), sim.token());
    }

    SonarApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Reply get(String path) {
        return send(builder(path).GET());
    }

    Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postForm(String path, String form) {
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Reply delete(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    /** A request with no credentials at all, for the caller to add headers to. */
    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
    }

    HttpRequest.Builder builder(String path) {
        return anonymous(path).header("X-Token", token).header("Accept", "application/json");
    }

    static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #send} but hands back the failure, for dropped connections. */
    static IOException failure(HttpRequest.Builder request) {
        try {
            CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return null;
        } catch (IOException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
