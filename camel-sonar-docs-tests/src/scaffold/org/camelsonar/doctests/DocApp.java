package org.camelsonar.doctests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A documented application started as a user starts it: its own JVM, the page's runtime class path only
 * (target/classes and target/runtime.classpath, written by the generated project's build), and configuration through
 * environment variables and {@code -D} system properties. Its output goes to target/&lt;name&gt;.log.
 */
public final class DocApp implements AutoCloseable {

    private final Process process;
    private final Path log;

    private DocApp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static DocApp start(String name, String mainClass, Map<String, String> environment,
            Map<String, String> systemProperties) {
        try {
            String classpath = "target/classes" + java.io.File.pathSeparator
                    + Files.readString(Path.of("target/runtime.classpath")).strip();
            Path log = Path.of("target", name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dsun.net.httpserver.nodelay=true", "-cp", classpath));
            systemProperties.forEach((key, value) -> command.add(command.size() - 2, "-D" + key + "=" + value));
            command.add(mainClass);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new DocApp(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port for the application's own HTTP server, picked at random from a range the OS does not hand out
     * for ephemeral ports; {@link #failedToBind()} tells the caller to try another.
     */
    public static int randomPort() {
        return ThreadLocalRandom.current().nextInt(20_000, 30_000);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean failedToBind() {
        return !process.isAlive() && output().contains("Address already in use");
    }

    /** Stops it as Ctrl-C does (SIGTERM: Camel shuts down gracefully) and returns the exit code. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    public int exitCode() {
        return process.exitValue();
    }
}
