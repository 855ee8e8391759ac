package org.camelsonar.live;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camelsonar.component.sonar.SonarConstants;

/**
 * The state the checks share in one run: where Sonar is, the tester's number, what was learnt along the way (a
 * conversation id, a message's external id) and what must be cleaned up. The checks run in order, since later ones
 * use what earlier ones found.
 */
final class LiveRun {

    /** Property names the run creates on the tester's customer, all removed at the end. */
    static final String PROPERTY = "camel_sonar_live";
    static final String FORM_PROPERTY = "camel_sonar_live_form";
    static final String NUMBER_PROPERTY = "camel_sonar_live_number";
    static final String FLAG_PROPERTY = "camel_sonar_live_flag";

    final LiveSettings settings;
    final SonarCalls sonar;
    final RawSonar raw;
    final WebhookRecorder webhooks;
    final LiveReport report;
    final String runId;
    /** Null when no webhook listener runs (no SONAR_WEBHOOK_URL). */
    final String webhookBaseUrl;
    /** Plays the tester's part: texting in, opting in. */
    final TesterActions tester;

    String conversationId;
    String externalId;
    boolean outboundDeliverySeen;
    final Set<String> createdProperties = new TreeSet<>();

    LiveRun(LiveSettings settings, SonarCalls sonar, RawSonar raw, WebhookRecorder webhooks, String runId,
            String webhookBaseUrl, TesterActions tester) {
        this.settings = settings;
        this.sonar = sonar;
        this.raw = raw;
        this.webhooks = webhooks;
        this.report = sonar.report();
        this.runId = runId;
        this.webhookBaseUrl = webhookBaseUrl;
        this.tester = tester;
    }

    String phone() {
        return settings.testPhone();
    }

    Evidence row(Check check) {
        return report.row(check);
    }

    boolean webhooksOn() {
        return webhookBaseUrl != null;
    }

    Duration waitTime() {
        return settings.waitTime();
    }

    /** Headers naming the tester's customer, plus the given ones. */
    Map<String, Object> forPhone(Object... more) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SonarConstants.PHONE_NUMBER, phone());
        for (int i = 0; i < more.length; i += 2) {
            headers.put((String) more[i], more[i + 1]);
        }
        return headers;
    }

    /** The tester's customer as Sonar returns it, by wire name (through api/call, so nothing is dropped). */
    Outcome readCustomer(Evidence row) {
        return sonar.api(row, "GET", "/v1/customers", Map.of("phone_number", phone()), null);
    }

    /** A conversation as Sonar returns it, by wire name. */
    Outcome readConversation(Evidence row, String id) {
        return sonar.api(row, "GET", "/v1/conversations/" + Paths.segment(id), null, null);
    }

    /** Learns ids from a webhook delivery, the only documented source of conversation and external ids. */
    void learnFrom(WebhookRecorder.Delivery delivery) {
        if (conversationId == null && delivery.event().getConversationId() != null) {
            conversationId = delivery.event().getConversationId();
        }
        if (externalId == null && delivery.event().getExternalId() != null) {
            externalId = delivery.event().getExternalId();
        }
    }
}
