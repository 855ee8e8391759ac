package org.camelsonar.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camelsonar.component.sonar.SonarConstants;

/**
 * message/appendTag on the run's second text, found by its external id. The effect is read back from the
 * conversation or a tag_added_to_message delivery; when the assumed call fails, the documented candidates are
 * tried through api/call. Sonar's API cannot remove the tag again.
 */
final class TagChecks {

    private final LiveRun run;

    TagChecks(LiveRun run) {
        this.run = run;
    }

    /** @param last whether a missing external id makes the row inconclusive, rather than open for later */
    void run(boolean last) throws InterruptedException {
        Evidence row = run.row(Check.APPEND_TAG);
        String tag = run.settings.tag();
        if (tag == null) {
            row.inconclusive("not checked: set SONAR_TAG to a tag that exists in the account");
            return;
        }
        if (run.externalId == null) {
            if (!last) {
                return;
            }
            row.inconclusive("no external_id: neither the send answer nor a webhook delivery nor the conversation"
                             + " carried one" + (run.webhooksOn() ? "" : " (set SONAR_WEBHOOK_URL)"));
            return;
        }
        Outcome append = run.sonar.call(row, "message/appendTag",
                Map.of(SonarConstants.EXTERNAL_MESSAGE_ID, run.externalId, SonarConstants.TAG_NAME, tag), null);
        if (append.ok()) {
            Optional<String> effect = tagSeen(row, tag);
            if (effect.isPresent()) {
                row.confirmed(append.status() + "; " + effect.get());
            } else {
                row.inconclusive(append.status() + ", but the tag was not observed (no tag_added_to_message"
                                 + " delivery, no conversation to read)");
            }
            return;
        }
        // the candidates the docs list: the id in the path, or tag_names instead of tag_name
        Outcome inPath = run.sonar.api(row, "POST", "/v1/messages/" + Paths.segment(run.externalId) + "/tags",
                Map.of(), Map.of("tag_name", tag));
        String alternatives = "alternative POST /v1/messages/{external_id}/tags: " + alternative(row, inPath, tag);
        if (!inPath.ok()) {
            Outcome plural = run.sonar.api(row, "POST", "/v1/messages/tags", Map.of(),
                    Map.of("external_id", run.externalId, "tag_names", List.of(tag)));
            alternatives += "; alternative tag_names: " + alternative(row, plural, tag);
        }
        row.refuted("message/appendTag answered " + append.describe() + "; " + alternatives);
    }

    private String alternative(Evidence row, Outcome outcome, String tag) throws InterruptedException {
        return outcome.ok()
                ? outcome.status() + tagSeen(row, tag).map(seen -> ", " + seen).orElse(", tag not observed")
                : outcome.describe();
    }

    /** The tag's effect: a tag_added_to_message delivery for the message, or the tag in the conversation. */
    private Optional<String> tagSeen(Evidence row, String tag) throws InterruptedException {
        if (run.conversationId != null) {
            for (Map<String, Object> message : MessageChecks.messages(run.readConversation(row, run.conversationId).object())) {
                if (run.externalId.equals(message.get("external_id")) && message.get("tag_names") instanceof List<?> tags
                    && tags.contains(tag)) {
                    return Optional.of("the conversation lists the tag on the message");
                }
            }
        }
        if (run.webhooksOn()) {
            return run.webhooks.await(d -> "tag_added_to_message".equals(d.registeredFor())
                                           && run.externalId.equals(d.event().getExternalId()), run.waitTime())
                    .map(d -> "tag_added_to_message delivered for the message");
        }
        return Optional.empty();
    }
}
