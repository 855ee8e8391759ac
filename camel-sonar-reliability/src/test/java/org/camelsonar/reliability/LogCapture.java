package org.camelsonar.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log event of the given loggers at TRACE (not additive: the flood stays out of the console), with
 * the logger name, the formatted message and the stack trace, as one line each. Undone by {@link #close()}.
 */
final class LogCapture extends AbstractAppender implements AutoCloseable {

    record Line(String logger, String text) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final String[] loggers;

    private LogCapture(String... loggers) {
        super("reliability-capture", null, null, true, Property.EMPTY_ARRAY);
        this.loggers = loggers;
    }

    static LogCapture atTrace(String... loggers) {
        LogCapture capture = new LogCapture(loggers);
        capture.start();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        config.addAppender(capture);
        for (String name : loggers) {
            config.removeLogger(name);
            LoggerConfig capturing = LoggerConfig.newBuilder().withLoggerName(name).withLevel(Level.TRACE)
                    .withAdditivity(false).withConfig(config).build();
            capturing.addAppender(capture, Level.TRACE, null);
            config.addLogger(name, capturing);
        }
        logging.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            text.append(" | ").append(t);
        }
        lines.add(new Line(event.getLoggerName(), text.toString()));
    }

    List<Line> lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        for (String name : loggers) {
            config.removeLogger(name);
            config.addLogger(name, LoggerConfig.newBuilder().withLoggerName(name).withLevel(Level.WARN)
                    .withAdditivity(true).withConfig(config).build());
        }
        config.getAppenders().remove(getName());
        stop();
        logging.updateLoggers();
    }
}
