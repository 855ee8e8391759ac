package org.camelsonar.component.sonar.registration;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.camelsonar.component.sonar.client.SonarResponse;
import org.camelsonar.component.sonar.client.SonarWebhook;
import org.camelsonar.component.sonar.client.SonarWebhookCalls;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.error.SonarNotFoundException;
import org.camelsonar.component.sonar.operation.SonarErrors;

/**
 * Keeps exactly one active webhook in Sonar that delivers one event to one URL. Every instance of an application
 * computes the same URL, so whichever instance asks, and however often, they all converge on the same webhook:
 * an identical active one is reused; copies made by instances that started at the same moment are removed, the
 * oldest (lowest id) is kept; deactivated copies of the same URL are removed once an active one exists.
 */
public final class SonarWebhookRegistrar {

    /** What {@link #ensure} did. */
    record Outcome(String id, boolean created, int removed) {
    }

    private final SonarWebhookCalls calls;
    private final long timeoutMillis;

    /** @param timeoutMillis how long one call may take before it counts as failed */
    public SonarWebhookRegistrar(SonarWebhookCalls calls, long timeoutMillis) {
        this.calls = calls;
        this.timeoutMillis = timeoutMillis;
    }

    /** Makes sure one active webhook delivers {@code event} to {@code url}; safe to call from any instance, any time. */
    Outcome ensure(String name, String event, String url) {
        List<SonarWebhook> ours = list().stream().filter(webhook -> webhook.isFor(event, url)).toList();
        String createdId = null;
        if (ours.stream().noneMatch(webhook -> webhook.serves(event, url))) {
            createdId = create(name, event, url);
            // another instance may have created one at the same moment: look again, and keep the same one it keeps
            ours = list().stream().filter(webhook -> webhook.isFor(event, url)).toList();
            if (ours.stream().noneMatch(webhook -> webhook.serves(event, url))) {
                // not listed yet: trust the answer to the create, and leave the rest for the next check
                return new Outcome(createdId, true, 0);
            }
        }
        boolean created = createdId != null;
        SonarWebhook kept = ours.stream().filter(webhook -> webhook.serves(event, url)).min(OLDEST_FIRST).orElseThrow();
        int removed = 0;
        for (SonarWebhook other : ours) {
            if (!other.id().equals(kept.id())) {
                delete(other.id());
                removed++;
            }
        }
        return new Outcome(kept.id(), created, removed);
    }

    /**
     * Removes every webhook of ours for this event and URL, and the one last known to serve it even if Sonar does not
     * list it (the user asked for removal on stop).
     */
    int remove(String event, String url, String knownId) {
        int removed = 0;
        boolean knownListed = false;
        for (SonarWebhook webhook : list()) {
            if (webhook.isFor(event, url)) {
                knownListed |= webhook.id().equals(knownId);
                delete(webhook.id());
                removed++;
            }
        }
        if (knownId != null && !knownListed) {
            delete(knownId);
            removed++;
        }
        return removed;
    }

    /** Numeric ids compare as numbers (Sonar's are integers), others as text. */
    private static final Comparator<SonarWebhook> OLDEST_FIRST = Comparator
            .comparing((SonarWebhook webhook) -> webhook.id().matches("\\d{1,18}") ? Long.parseLong(webhook.id()) : Long.MAX_VALUE)
            .thenComparing(SonarWebhook::id);

    List<SonarWebhook> list() {
        return SonarWebhookCalls.webhooks(await(calls.list()));
    }

    /** Creates the webhook; the id Sonar gave it. */
    private String create(String name, String event, String url) {
        return SonarWebhookCalls.createdId(await(calls.create(SonarWebhook.of(name, event, url))))
                .orElseThrow(() -> new SonarException("Sonar created the " + event + " webhook but its answer carries"
                                                      + " no id", 0, null, null));
    }

    /** Deletes a webhook; one already gone (another instance removed it first) is fine. */
    private void delete(String id) {
        try {
            await(calls.delete(id));
        } catch (SonarNotFoundException alreadyGone) {
            // the outcome we wanted
        }
    }

    /** Sonar's 2xx answer; a non-2xx answer, a failed connection or no answer in time as a SonarException. */
    private SonarResponse await(SonarWebhookCalls.Call call) {
        SonarResponse response;
        try {
            response = call.answer().get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SonarException("Interrupted during Sonar " + call.description(), 0, null, null);
        } catch (ExecutionException | TimeoutException e) {
            throw new SonarConnectionException(call.description(),
                    e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
        }
        if (!response.isSuccess()) {
            throw SonarErrors.of(call.description(), response);
        }
        return response;
    }
}
