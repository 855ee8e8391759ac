package org.camelsonar.testsupport;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Captures what the given loggers log while open (log4j2 is the tests' logging backend), one {@link Line} per event
 * with the level, the formatted message and the chain of causes. The captured loggers are not additive while open:
 * a test that fails on purpose asserts its log lines instead of printing them. {@link #everyLogger} watches every
 * logger instead, silencing none. {@link #close()} restores the loggers as they were.
 */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    /**
     * One log event: logger name, level, formatted message, and the thrown exception with its causes and suppressed
     * exceptions (each {@code toString()}) as {@code " | "}-joined text.
     */
    public record Line(String logger, Level level, String message, String causes) {

        /** The level, the message and the causes, as one line. */
        public String text() {
            return level + " " + message + causes;
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final List<LoggerConfig> previous = new CopyOnWriteArrayList<>();
    private final String[] loggers;
    private final boolean everyLogger;

    private LogCapture(boolean everyLogger, String... loggers) {
        super("capture-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY);
        this.everyLogger = everyLogger;
        this.loggers = loggers;
    }

    /** Captures every event of the given loggers (and their children), from TRACE up. */
    public static LogCapture of(String... loggers) {
        return of(Level.TRACE, loggers);
    }

    /** Captures the events of the given loggers (and their children) at {@code level} and above. */
    public static LogCapture of(Level level, String... loggers) {
        return open(false, level, loggers);
    }

    /**
     * Watches every logger and silences none, for a test that proves something (a secret, say) is in no log line at
     * any level: captures each event that reaches the root logger (every logger at its configured level) and the
     * events of {@code raised} (and their children) at {@code level} and above. The raised loggers still write INFO
     * and above to the root logger's appenders (the test log file), so that log reads as it would without the
     * capture instead of filling with the raised levels.
     */
    public static LogCapture everyLogger(Level level, String... raised) {
        return open(true, level, raised);
    }

    private static LogCapture open(boolean everyLogger, Level level, String... loggers) {
        LogCapture capture = new LogCapture(everyLogger, loggers);
        capture.start();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        List<Appender> testLog = everyLogger ? List.copyOf(config.getRootLogger().getAppenders().values()) : List.of();
        config.addAppender(capture);
        if (everyLogger) {
            config.getRootLogger().addAppender(capture, Level.TRACE, null);
        }
        for (String name : loggers) {
            capture.previous.add(config.getLoggers().get(name));
            config.removeLogger(name);
            LoggerConfig capturing = LoggerConfig.newBuilder().withLoggerName(name).withLevel(level)
                    .withAdditivity(false).withConfig(config).build();
            capturing.addAppender(capture, level, null);
            testLog.forEach(appender -> capturing.addAppender(appender, Level.INFO, null));
            config.addLogger(name, capturing);
        }
        logging.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder causes = new StringBuilder();
        describe(event.getThrown(), causes, Collections.newSetFromMap(new IdentityHashMap<>()));
        lines.add(new Line(event.getLoggerName(), event.getLevel(), event.getMessage().getFormattedMessage(),
                causes.toString()));
    }

    private static void describe(Throwable thrown, StringBuilder causes, Set<Throwable> seen) {
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            causes.append(" | ").append(t);
            for (Throwable suppressed : t.getSuppressed()) {
                describe(suppressed, causes, seen);
            }
        }
    }

    /** Every captured event, oldest first. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The formatted messages of the events at WARN and above. */
    public List<String> warnings() {
        return lines.stream().filter(line -> line.level().isMoreSpecificThan(Level.WARN)).map(Line::message)
                .toList();
    }

    /** The WARN and ERROR messages that contain {@code text}. */
    public List<String> warningsContaining(String text) {
        return warnings().stream().filter(message -> message.contains(text)).toList();
    }

    @Override
    public void close() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        if (everyLogger) {
            config.getRootLogger().removeAppender(getName());
        }
        for (int i = 0; i < loggers.length; i++) {
            config.removeLogger(loggers[i]);
            LoggerConfig before = previous.get(i);
            if (before != null) {
                config.addLogger(loggers[i], before);
            }
        }
        config.getAppenders().remove(getName());
        stop();
        logging.updateLoggers();
    }
}
