package org.camelsonar.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarEvent;
import org.camelsonar.component.sonar.model.WebhookEvent;

/**
 * One {@code sonar:webhook/<event>} route per Sonar event, each registering its own webhook, as users do. Checks
 * what registration, listing and removal do in Sonar, and what the deliveries carry.
 */
final class WebhookChecks {

    /** Events documented to carry a conversation id (Sonar's "GET Conversation by ID" page). */
    private static final Set<String> CONVERSATION_EVENTS = Set.of("new_unassigned_message", "new_assigned_message",
            "tag_added_to_message", "customer_state_changed");

    private final LiveRun run;
    private final CamelContext camel;
    private final List<String> started = new ArrayList<>();

    WebhookChecks(LiveRun run, CamelContext camel) {
        this.run = run;
        this.camel = camel;
    }

    /** Starts the routes (each registers its webhook) and checks the list holds them. */
    void register() {
        Evidence row = run.row(Check.WEBHOOK_LIST);
        if (!run.webhooksOn()) {
            for (Check check : List.of(Check.WEBHOOK_LIST, Check.WEBHOOK_DELETE, Check.DOUBLE_OPT_IN,
                    Check.ACTION_FIELD, Check.WEBHOOK_CONVERSATION_ID, Check.WEBHOOK_PAYLOADS)) {
                run.row(check).inconclusive("not checked: set SONAR_WEBHOOK_URL");
            }
            return;
        }
        Map<String, String> failures = new TreeMap<>();
        for (SonarEvent event : SonarEvent.values()) {
            try {
                camel.addRoutes(route(event));
                started.add(event.id());
            } catch (Exception e) {
                failures.put(event.id(), rootMessage(e));
            }
        }
        if (!failures.isEmpty()) {
            run.report.note("Webhook routes that did not start: " + failures);
        }
        Outcome list = list(row);
        List<Map<String, Object>> ours = ours(list);
        if (list.ok() && ours != null && ours.size() == started.size() && !started.isEmpty()) {
            row.confirmed(list.status() + "; lists the " + ours.size() + " webhooks the suite registered");
        } else if (list.ok() && ours != null) {
            row.refuted(list.status() + "; lists " + ours.size() + " of the suite's " + started.size()
                        + " webhooks" + (failures.isEmpty() ? "" : "; registration failed: " + failures.values()
                        .iterator().next()));
        } else {
            row.refuted("GET /v1/webhooks answered " + list.describe()
                        + (list.ok() ? " (not an array of webhooks)" : ""));
        }
        Evidence optIn = run.row(Check.DOUBLE_OPT_IN);
        optIn.requestId(list.requestId());
        if (ours != null) {
            boolean kept = ours.stream().anyMatch(hook -> hook.get("settings") instanceof Map<?, ?> settings
                                                          && "true".equals(String.valueOf(settings.get("double_opt_in"))));
            if (!kept && started.contains("double_opt_in")) {
                optIn.refuted("the stored webhook's settings dropped double_opt_in: Sonar does not know the key");
            }
        }
    }

    /** After the other checks and the tester's part: what the deliveries showed. */
    void judgeDeliveries() {
        if (!run.webhooksOn()) {
            return;
        }
        List<WebhookRecorder.Delivery> deliveries = run.webhooks.all();
        Evidence optIn = run.row(Check.DOUBLE_OPT_IN);
        if (deliveries.stream().anyMatch(d -> "double_opt_in".equals(d.registeredFor()))) {
            optIn.confirmed("kept in the stored settings, and a double opt-in was delivered");
        } else {
            optIn.inconclusive("kept in the stored settings; no double opt-in was delivered in this run");
        }
        Evidence action = run.row(Check.ACTION_FIELD);
        List<String> mismatches = deliveries.stream()
                .filter(d -> !d.registeredFor().equals(d.event().getAction()))
                .map(d -> d.registeredFor() + " carried action " + d.event().getAction()).distinct().toList();
        if (deliveries.isEmpty()) {
            action.inconclusive("no delivery arrived");
        } else if (mismatches.isEmpty()) {
            action.confirmed(deliveries.size() + " deliveries, each with its event as action");
        } else {
            action.refuted(String.join("; ", mismatches));
        }
        Evidence conversation = run.row(Check.WEBHOOK_CONVERSATION_ID);
        List<WebhookRecorder.Delivery> concerned = deliveries.stream()
                .filter(d -> CONVERSATION_EVENTS.contains(d.registeredFor()) || "outbound_message".equals(d.registeredFor()))
                .toList();
        List<String> without = concerned.stream().filter(d -> !d.fields().contains("conversation_id"))
                .map(d -> d.registeredFor() + " " + d.fields()).distinct().toList();
        if (concerned.isEmpty()) {
            conversation.inconclusive("no message, tag or state event arrived");
        } else if (without.isEmpty()) {
            conversation.confirmed("on " + events(concerned));
        } else {
            conversation.refuted("missing on " + String.join("; ", without));
        }
        Evidence payloads = run.row(Check.WEBHOOK_PAYLOADS);
        Map<String, Set<String>> fields = new TreeMap<>();
        deliveries.forEach(d -> fields.computeIfAbsent(d.registeredFor(), k -> new TreeSet<>()).addAll(d.fields()));
        Map<String, Set<String>> actions = new TreeMap<>();
        deliveries.forEach(d -> actions.computeIfAbsent(d.registeredFor(), k -> new TreeSet<>())
                .add(String.valueOf(d.event().getAction())));
        fields.forEach((event, names) -> run.report.note("Webhook " + event + ": action " + actions.get(event)
                                                         + ", fields " + String.join(", ", names)));
        if (!fields.isEmpty()) {
            run.report.note("Webhook fields are as parsed by the component: the typed ones ("
                            + String.join(", ", WebhookRecorder.typedFields()) + ") are listed when not null, every"
                            + " other one as it arrived.");
        }
        Set<String> missed = new TreeSet<>(started);
        missed.removeAll(fields.keySet());
        String seen = fields.size() + " events seen" + (missed.isEmpty() ? "" : ", not seen: " + missed)
                      + " (fields in the notes)";
        boolean complete = deliveries.stream().allMatch(d -> d.fields().contains("uuid") && d.fields().contains("action"));
        if (deliveries.isEmpty()) {
            payloads.inconclusive("no delivery arrived");
        } else {
            payloads.decide(complete ? Verdict.CONFIRMED : Verdict.REFUTED, seen);
        }
    }

    /** Stops the routes, whose consumers delete their webhooks, and checks the list no longer holds them. */
    void unregister() throws Exception {
        if (!run.webhooksOn() || started.isEmpty()) {
            run.row(Check.WEBHOOK_DELETE).inconclusive("no webhook was registered");
            return;
        }
        for (String event : started) {
            camel.getRouteController().stopRoute("live-" + event);
        }
        Evidence row = run.row(Check.WEBHOOK_DELETE);
        Outcome list = list(row);
        List<Map<String, Object>> left = ours(list);
        if (left == null) {
            row.inconclusive("GET /v1/webhooks answered " + list.describe() + " after the deletes");
        } else if (left.isEmpty()) {
            row.confirmed("the " + started.size() + " webhooks are gone from the list");
        } else {
            List<String> leftovers = new ArrayList<>();
            for (Map<String, Object> hook : left) {
                Outcome delete = run.sonar.api(row, "DELETE", "/v1/webhooks/" + hook.get("id"), null, null);
                leftovers.add(hook.get("id") + " (" + delete.describe() + ")");
            }
            row.refuted(left.size() + " webhooks still listed after the consumers' DELETE /v1/webhooks/{id};"
                        + " retried: " + leftovers);
            run.report.note("Remove any webhook named 'camel-sonar live ...' left in Sonar (Settings, Custom Webhooks).");
        }
    }

    private RouteBuilder route(SonarEvent event) {
        String uri = "sonar:webhook/" + event.id() + "?webhookExternalUrl=RAW(" + run.webhookBaseUrl + ")"
                     + "&webhookName=RAW(camel-sonar live " + event.id() + ")"
                     // one local instance that must leave nothing behind: the one case for removal on stop
                     + "&webhookUnregisterOnStop=true";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("live-" + event.id())
                        .process(exchange -> run.webhooks.record(event.id(),
                                exchange.getMessage().getBody(WebhookEvent.class)));
            }
        };
    }

    private Outcome list(Evidence row) {
        return run.sonar.api(row, "GET", "/v1/webhooks", null, null);
    }

    /** The suite's webhooks in a list answer (an array, or an object holding one), or null when it is neither. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> ours(Outcome list) {
        List<?> hooks = list.array() != null ? list.array()
                : list.object().get("webhooks") instanceof List<?> inner ? inner : null;
        if (!list.ok() || hooks == null) {
            return null;
        }
        String prefix = run.webhookBaseUrl.replaceAll("/+$", "") + "/sonar/webhook/";
        List<Map<String, Object>> ours = new ArrayList<>();
        for (Object hook : hooks) {
            if (hook instanceof Map<?, ?> map && String.valueOf(map.get("url")).startsWith(prefix)) {
                ours.add((Map<String, Object>) map);
            }
        }
        return ours;
    }

    private static String events(List<WebhookRecorder.Delivery> deliveries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        deliveries.forEach(d -> counts.merge(d.registeredFor(), 1, Integer::sum));
        return counts.keySet().toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
