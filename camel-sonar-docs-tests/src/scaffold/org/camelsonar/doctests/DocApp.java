package org.camelsonar.doctests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
     * A port on 127.0.0.1 for an application's HTTP server, held while the returned socket is open: the socket is
     * bound, with address reuse, and never listens, so the server (Vert.x allows address reuse too, in this JVM or
     * another) binds the same port alongside and nobody else can take it. The port is never released and bound
     * again. This relies on Linux's rules for address reuse.
     */
    public static Socket holdPort() {
        try {
            Socket held = new Socket();
            held.setReuseAddress(true);
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return held;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Stops it as Ctrl-C does (SIGTERM: Camel shuts down gracefully). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
