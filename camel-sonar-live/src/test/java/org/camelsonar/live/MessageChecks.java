package org.camelsonar.live;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.model.Conversation;
import org.camelsonar.component.sonar.model.SendResult;
import org.camelsonar.component.sonar.model.SuccessResult;

/**
 * Texts to the tester's number, and what hangs off them: the send answer, the conversation a webhook names, the
 * message's external id (for {@link TagChecks}), a campaign scheduled for later, closing the conversation.
 */
final class MessageChecks {

    private static final Set<String> SEND_FIELDS = Set.of("to", "text", "status");
    private static final List<String> CONVERSATION_FIELDS = List.of("id", "state", "customer", "assignee", "messages");
    private static final List<String> MESSAGE_FIELDS = List.of("external_id", "text", "direction", "created_at",
            "tag_names");

    private final LiveRun run;

    MessageChecks(LiveRun run) {
        this.run = run;
    }

    void run() throws InterruptedException {
        sendAnswer();
        String text = sendAndLearn();
        conversationPath(false);
        conversationFields(text, false);
        new TagChecks(run).run(false);
        sendAt();
        close();
    }

    /**
     * After the tester's part, whose deliveries (an inbound text) may carry the ids the outbound ones lacked: the
     * conversation and tag rows still open are checked now, or found inconclusive.
     */
    void afterTester() throws InterruptedException {
        run.webhooks.all().forEach(run::learnFrom);
        String text = "camel-sonar live check " + run.runId + " (2/2)";
        if (!run.row(Check.CONVERSATION_PATH).decided()) {
            conversationPath(true);
        }
        if (!run.row(Check.CONVERSATION_FIELDS).decided()) {
            conversationFields(text, true);
        }
        if (!run.row(Check.APPEND_TAG).decided()) {
            new TagChecks(run).run(true);
        }
    }

    /** The first text goes through api/call, so that every field of Sonar's answer is seen. */
    private void sendAnswer() {
        Evidence row = run.row(Check.SEND_ANSWER);
        Outcome send = run.sonar.api(row, "POST", "/v1/messages", Map.of(),
                Map.of("to", run.phone(), "text", "camel-sonar live check " + run.runId + " (1/2)"));
        if (!send.ok()) {
            row.refuted("POST /v1/messages answered " + send.describe());
            return;
        }
        Set<String> fields = new TreeSet<>(send.object().keySet());
        Set<String> extra = new TreeSet<>(fields);
        extra.removeAll(SEND_FIELDS);
        if (send.object().get("external_id") instanceof String id) {
            run.externalId = id;
        }
        if (extra.isEmpty()) {
            row.confirmed(send.status() + " " + fields);
        } else {
            row.refuted(send.status() + " with more fields: " + extra);
        }
    }

    /** The second text goes through message/send; its outbound_message delivery gives the ids. */
    private String sendAndLearn() throws InterruptedException {
        String text = "camel-sonar live check " + run.runId + " (2/2)";
        Outcome send = run.sonar.call(run.row(Check.WEBHOOK_CONVERSATION_ID), "message/send", run.forPhone(), text);
        if (!send.ok()) {
            run.report.note("message/send answered " + send.describe());
            return text;
        }
        if (!run.webhooksOn()) {
            return text;
        }
        Optional<WebhookRecorder.Delivery> delivery = run.webhooks.await(
                d -> "outbound_message".equals(d.registeredFor()) && text.equals(d.event().getText()), run.waitTime());
        delivery.ifPresent(d -> {
            run.outboundDeliverySeen = true;
            run.learnFrom(d);
            if (d.event().getExternalId() != null) {
                run.externalId = d.event().getExternalId();
            }
        });
        if (delivery.isEmpty()) {
            run.report.note("No outbound_message delivery for message/send within " + run.waitTime().toSeconds()
                            + " s");
        }
        run.webhooks.all().forEach(run::learnFrom);
        return text;
    }

    /** @param last whether a missing conversation id makes the row inconclusive, rather than open for later */
    private void conversationPath(boolean last) {
        Evidence row = run.row(Check.CONVERSATION_PATH);
        if (run.conversationId == null) {
            if (last) {
                row.inconclusive(noConversation());
            }
            return;
        }
        Outcome get = run.sonar.call(row, "conversation/get",
                Map.of(SonarConstants.CONVERSATION_ID, run.conversationId), null);
        if (get.ok() && get.body() instanceof Conversation conversation) {
            row.confirmed(get.status() + " with " + size(conversation.getMessages()) + " messages, state "
                          + conversation.getState());
        } else {
            row.refuted("conversation/get answered " + get.describe());
        }
    }

    private void conversationFields(String sentText, boolean last) {
        Evidence row = run.row(Check.CONVERSATION_FIELDS);
        if (run.conversationId == null) {
            if (last) {
                row.inconclusive(noConversation());
            }
            return;
        }
        Outcome get = run.readConversation(row, run.conversationId);
        if (!get.ok()) {
            row.inconclusive("GET /v1/conversations/{id} answered " + get.describe());
            return;
        }
        Map<String, Object> conversation = get.object();
        List<String> missing = new ArrayList<>();
        CONVERSATION_FIELDS.stream().filter(f -> !conversation.containsKey(f)).forEach(missing::add);
        Set<String> messageFields = new TreeSet<>();
        for (Map<String, Object> message : messages(conversation)) {
            messageFields.addAll(message.keySet());
            if (run.externalId == null && sentText.equals(message.get("text"))
                && message.get("external_id") instanceof String id) {
                run.externalId = id;
            }
        }
        if (!messageFields.isEmpty()) {
            MESSAGE_FIELDS.stream().filter(f -> !messageFields.contains(f)).forEach(f -> missing.add("messages[]." + f));
            if (!messageFields.contains("id") && !messageFields.contains("message_id")) {
                missing.add("messages[].id");
            }
        }
        String seen = "top level " + new TreeSet<>(conversation.keySet()) + "; per message " + messageFields;
        if (missing.isEmpty()) {
            row.confirmed(seen);
        } else {
            row.refuted("missing " + missing + "; " + seen);
        }
    }

    /**
     * A campaign an hour ahead must not go out now. Observable as the absence of an outbound_message delivery
     * (when one was seen for message/send, so that deliveries are known to work) and of a new outbound message in
     * the conversation.
     */
    private void sendAt() throws InterruptedException {
        Evidence row = run.row(Check.SEND_AT);
        String campaign = run.settings.campaignId();
        if (campaign == null) {
            row.inconclusive("not checked: set SONAR_CAMPAIGN_ID to a campaign that may text SONAR_TEST_PHONE");
            return;
        }
        int before = run.conversationId == null ? -1 : outbound(row);
        // outbound texts other than the run's own two: only the campaign can bring one
        Predicate<WebhookRecorder.Delivery> campaignText = d -> "outbound_message".equals(d.registeredFor())
                && (d.event().getText() == null || !d.event().getText().contains(run.runId));
        int deliveriesBefore = run.webhooks.count(campaignText);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        Outcome send = run.sonar.call(row, "campaign/send",
                run.forPhone(SonarConstants.CAMPAIGN_ID, campaign, SonarConstants.SEND_AT, at), null);
        if (!send.ok()) {
            row.refuted("campaign/send with sendAt answered " + send.describe());
            return;
        }
        boolean delivered = run.webhooksOn()
                            && run.webhooks.awaitCount(campaignText, deliveriesBefore + 1, run.waitTime());
        int after = run.conversationId == null ? -1 : outbound(row);
        String seen = send.status() + (send.body() instanceof SendResult result ? " " + result.getStatus() : "");
        if (delivered) {
            row.refuted(seen + "; an outbound_message was delivered at once: Sonar ignored send_at");
        } else if (before >= 0 && after > before) {
            row.inconclusive(seen + "; the conversation lists a new outbound message (maybe as scheduled): check"
                             + " the web app");
        } else if (run.outboundDeliverySeen) {
            row.confirmed(seen + "; no outbound_message within " + run.waitTime().toSeconds() + " s"
                          + (before >= 0 ? ", no new outbound message in the conversation" : ""));
        } else if (before >= 0) {
            row.confirmed(seen + "; no new outbound message in the conversation");
        } else {
            row.inconclusive(seen + "; nothing to observe without webhook deliveries (set SONAR_WEBHOOK_URL)");
        }
    }

    private void close() throws InterruptedException {
        Evidence row = run.row(Check.CUSTOMER_CLOSE);
        Outcome close = run.sonar.call(row, "customer/close", run.forPhone(), null);
        if (!close.ok()) {
            row.refuted("customer/close answered " + close.describe());
            return;
        }
        String seen = close.status() + (close.body() instanceof SuccessResult result ? " success=" + result.getSuccess() : "");
        if (run.conversationId != null) {
            Object state = run.readConversation(row, run.conversationId).object().get("state");
            row.decide("closed".equals(state) ? Verdict.CONFIRMED : Verdict.INCONCLUSIVE,
                    seen + "; conversation state read back: " + state);
        } else if (run.webhooksOn() && run.webhooks.await(d -> "customer_state_changed".equals(d.registeredFor()),
                run.waitTime()).isPresent()) {
            row.confirmed(seen + "; customer_state_changed delivered");
        } else {
            row.inconclusive(seen + "; the state is not observable without a conversation id");
        }
    }

    private int outbound(Evidence row) {
        return (int) messages(run.readConversation(row, run.conversationId).object()).stream()
                .filter(m -> String.valueOf(m.get("direction")).toLowerCase(Locale.ROOT).startsWith("out")).count();
    }

    private String noConversation() {
        return "no conversation id: no webhook delivery carried one"
               + (run.webhooksOn() ? "" : " (set SONAR_WEBHOOK_URL)");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> messages(Map<String, Object> conversation) {
        List<Map<String, Object>> messages = new ArrayList<>();
        if (conversation.get("messages") instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(m -> messages.add((Map<String, Object>) m));
        }
        return messages;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
