package org.camelsonar.component.sonar.webhook;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Collects what the component logs at WARN and above while open (log4j2 is the test logging backend). */
final class SonarWebhookLogCapture implements AutoCloseable {

    private static final String LOGGER = "org.camelsonar";

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender;

    SonarWebhookLogCapture() {
        appender = new AbstractAppender("capture-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
                    warnings.add(event.getMessage().getFormattedMessage());
                }
            }
        };
        appender.start();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = logging.getConfiguration();
        configuration.addAppender(appender);
        configuration.getLoggerConfig(LOGGER).addAppender(appender, Level.WARN, null);
        logging.updateLoggers();
    }

    /** The WARN and ERROR messages logged so far, formatted. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    List<String> warningsContaining(String text) {
        return warnings.stream().filter(message -> message.contains(text)).toList();
    }

    @Override
    public void close() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        LoggerConfig config = logging.getConfiguration().getLoggerConfig(LOGGER);
        config.removeAppender(appender.getName());
        logging.updateLoggers();
        appender.stop();
    }
}
