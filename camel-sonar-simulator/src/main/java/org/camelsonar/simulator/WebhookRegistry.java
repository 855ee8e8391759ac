package org.camelsonar.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The account's webhooks, with integer ids from 1 as in Sonar's documented example. Thread-safe. */
final class WebhookRegistry {

    private final Map<Long, RegisteredWebhook> hooks = new LinkedHashMap<>();
    private long nextId = 1;

    synchronized RegisteredWebhook create(String name, boolean active, Map<String, String> settings, String url,
                                          String httpMethod, OffsetDateTime now) {
        RegisteredWebhook hook = new RegisteredWebhook(nextId++, name, active, settings, url, httpMethod, now, now);
        hooks.put(hook.id(), hook);
        return hook;
    }

    /** What Sonar's UI does: an active POST webhook with these events switched on. */
    RegisteredWebhook register(String url, List<String> events, OffsetDateTime now) {
        Map<String, String> settings = new LinkedHashMap<>();
        events.forEach(event -> settings.put(event, "true"));
        return create("simulator", true, settings, url, "POST", now);
    }

    synchronized List<RegisteredWebhook> list() {
        return new ArrayList<>(hooks.values());
    }

    synchronized Optional<RegisteredWebhook> find(long id) {
        return Optional.ofNullable(hooks.get(id));
    }

    synchronized Optional<RegisteredWebhook> delete(long id) {
        return Optional.ofNullable(hooks.remove(id));
    }

    /** What a person does in Sonar's UI, or Sonar after failed deliveries: the webhook stays, but delivers nothing. */
    synchronized Optional<RegisteredWebhook> deactivate(long id, OffsetDateTime now) {
        RegisteredWebhook hook = hooks.get(id);
        if (hook == null) {
            return Optional.empty();
        }
        RegisteredWebhook inactive = new RegisteredWebhook(hook.id(), hook.name(), false, hook.settings(), hook.url(),
                hook.httpMethod(), hook.createdAt(), now);
        hooks.put(id, inactive);
        return Optional.of(inactive);
    }

    synchronized List<RegisteredWebhook> subscribersOf(String action) {
        return hooks.values().stream().filter(h -> h.wants(action)).toList();
    }

    synchronized void clear() {
        hooks.clear();
        nextId = 1;
    }
}
