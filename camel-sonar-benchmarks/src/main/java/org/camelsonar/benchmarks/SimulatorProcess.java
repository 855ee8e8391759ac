package org.camelsonar.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The forked simulator JVM, seen from the benchmark: start, set latency, reset, stop. */
final class SimulatorProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final String baseUrl;

    SimulatorProcess() throws IOException {
        this(List.of());
    }

    /** With extra JVM options after the defaults, e.g. a larger heap or a JDK HttpServer property. */
    SimulatorProcess(List<String> jvmOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx1g", "-XX:+UseParallelGC",
                "-Dsun.net.httpserver.nodelay=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SimulatorServer.class.getName()));
        process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String ready = readLineStartingWith("READY ");
        baseUrl = ready.substring("READY ".length()).trim();
    }

    String baseUrl() {
        return baseUrl;
    }

    String token() {
        return SimulatorServer.TOKEN;
    }

    synchronized void latency(long millis) throws IOException {
        command("latency " + millis, "OK");
    }

    synchronized void reset() throws IOException {
        command("reset", "OK");
    }

    synchronized String sampleEvent() throws IOException {
        return command("event", "EVENT ").substring("EVENT ".length());
    }

    private String command(String line, String expected) throws IOException {
        in.write(line + "\n");
        in.flush();
        return readLineStartingWith(expected);
    }

    private String readLineStartingWith(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("ERR")) {
                throw new IOException("simulator: " + line);
            }
        }
        throw new IOException("the simulator process ended");
    }

    @Override
    public void close() {
        try {
            in.write("quit\n");
            in.flush();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
