package org.camelsonar.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text in order, the sends that were refused, and the memory behind the duplicate guard.
 * Not thread-safe on its own: {@link SonarBackend} holds its lock around every call.
 */
final class MessageLog {

    private final List<MessageData> messages = new ArrayList<>();
    private final Map<String, MessageData> byExternalId = new HashMap<>();
    private final List<RefusedSend> refused = new ArrayList<>();
    private final Map<String, Instant> lastSent = new HashMap<>();

    void add(MessageData message) {
        messages.add(message);
        byExternalId.put(message.externalId, message);
    }

    Optional<MessageData> byExternalId(String externalId) {
        return Optional.ofNullable(byExternalId.get(externalId));
    }

    List<MessageData> forConversation(String conversationId) {
        return messages.stream().filter(m -> m.conversationId.equals(conversationId)).toList();
    }

    List<MessageData> all() {
        return new ArrayList<>(messages);
    }

    void refuse(RefusedSend send) {
        refused.add(send);
    }

    List<RefusedSend> refused() {
        return List.copyOf(refused);
    }

    /**
     * Sonar's guard: the same text to the same number within the window is not sent again. The window runs from
     * the last text actually sent, so a burst of duplicates cannot keep extending it.
     */
    boolean isDuplicate(String phone, String text, String mediaUrl, Instant now, Duration window) {
        Instant previous = lastSent.get(key(phone, text, mediaUrl));
        return previous != null && now.isBefore(previous.plus(window));
    }

    void markSent(String phone, String text, String mediaUrl, Instant now) {
        lastSent.put(key(phone, text, mediaUrl), now);
    }

    void clear() {
        messages.clear();
        byExternalId.clear();
        refused.clear();
        lastSent.clear();
    }

    private static String key(String phone, String text, String mediaUrl) {
        return phone + '\u0000' + text + '\u0000' + mediaUrl;
    }
}
