package org.camelsonar.simulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar of docs/getting-started.md, run as a user runs it: {@code java -jar
 * camel-sonar-simulator-<version>-standalone.jar --port 0 --token sim-token}. It prints its base URL, token and
 * publishable key, answers the API with that token, and keeps running until it is stopped.
 */
class SimulatorStandaloneIT {

    @Test
    void theStandaloneJarPrintsWhereItListensAndServesTheApi() throws Exception {
        Path jar = Path.of(System.getProperty("standalone.jar"));
        assertThat(jar).exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--token", "sim-token").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            // a bound on a broken jar's silence, not a speed check
            List<String> lines = CompletableFuture.supplyAsync(() -> readBanner(out)).get(60, TimeUnit.SECONDS);

            assertThat(lines.get(0)).isEqualTo("Sonar simulator listening");
            String baseUrl = value(lines.get(1), "base URL:");
            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+/api");
            assertThat(value(lines.get(2), "token:")).startsWith("sim-token");
            assertThat(value(lines.get(3), "publishable key:")).startsWith("test-publishable-key");

            HttpResponse<String> webhooks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/v1/webhooks")).header("X-Token", "sim-token").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(webhooks.statusCode()).isEqualTo(200);
            assertThat(webhooks.body()).isEqualTo("[]");
            assertThat(process.isAlive()).as("keeps running").isTrue();
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readBanner(BufferedReader out) {
        List<String> lines = new ArrayList<>();
        try {
            String line;
            while (lines.size() < 4 && (line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return lines;
    }

    private static String value(String line, String label) {
        assertThat(line.strip()).startsWith(label);
        return line.strip().substring(label.length()).strip();
    }
}
