package org.camelsonar.component.sonar.model;

/** The answer to message/send: {@code to}, {@code text} and {@code status} (queued or unsubscribed). */
public class MessageResult extends SendResult {
}
