package org.camelsonar.component.sonar.registration;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.support.cluster.ClusterServiceHelper;
import org.camelsonar.component.sonar.health.SonarHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one consumer's webhook registered in Sonar: once at start, then every {@code webhookReconcileInterval}, so
 * that a webhook removed or deactivated in Sonar (by a person, or by Sonar after failed deliveries) comes back.
 * With a {@link CamelClusterService} in the context only the leader of namespace {@value #NAMESPACE} registers and
 * reconciles; the other instances serve deliveries and leave Sonar alone. Outcomes go to the readiness check.
 */
public final class WebhookReconciler {

    private static final String NAMESPACE = "camel-sonar-webhooks";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReconciler.class);

    private final SonarWebhookRegistrar registrar;
    private final String event;
    private final String name;
    private final String url;
    private final String where;
    private final SonarHealth health;
    private final String healthKey;
    private final long intervalMillis;
    private final CamelClusterEventListener.Leadership onLeadership = this::leadershipChanged;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> task;
    private CamelClusterService clusterService;
    private CamelClusterView view;
    private volatile boolean running;
    private volatile String registeredId;

    /**
     * @param event Sonar's event identifier, e.g. {@code customer_created}
     * @param url   the URL registered with Sonar, secret included
     * @param where the same URL without its secret, for logs
     */
    public WebhookReconciler(SonarWebhookRegistrar registrar, String event, String name, String url, String where,
                      SonarHealth health, String healthKey, long intervalMillis) {
        this.registrar = registrar;
        this.event = event;
        this.name = name;
        this.url = url;
        this.where = where;
        this.health = health;
        this.healthKey = healthKey;
        this.intervalMillis = intervalMillis;
    }

    /**
     * Registers now (if this instance is the leader) and schedules the next checks. A failure at start fails the
     * start only when nothing would try again ({@code webhookReconcileInterval=0}); otherwise the instance serves
     * deliveries meanwhile and reports not-ready until a later check succeeds.
     */
    public void start(CamelContext context, ScheduledExecutorService scheduler) throws Exception {
        this.scheduler = scheduler;
        this.running = true;
        Optional<CamelClusterService> cluster = ClusterServiceHelper.lookupService(context);
        if (cluster.isPresent()) {
            clusterService = cluster.get();
            view = clusterService.getView(NAMESPACE);
            view.addEventListener(onLeadership);
        }
        try {
            reconcile(intervalMillis <= 0);
        } catch (RuntimeException e) {
            // the route does not start: release what start took, but keep the failure for the readiness check
            release();
            throw e;
        }
        if (intervalMillis > 0) {
            task = scheduler.scheduleWithFixedDelay(() -> reconcile(false), intervalMillis, intervalMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops checking; removes the webhook from Sonar only when asked to. Synchronized with {@link #reconcile}, so that
     * a check under way finishes first and none can register the webhook again after its removal.
     */
    public synchronized void stop(boolean removeFromSonar) {
        release();
        health.webhookStopped(healthKey);
        if (removeFromSonar) {
            try {
                int removed = registrar.remove(event, url, registeredId);
                LOG.info("Sonar {} webhook for {} removed from Sonar ({} webhook{})", event, where, removed,
                        removed == 1 ? "" : "s");
            } catch (RuntimeException e) {
                LOG.warn("Could not remove the Sonar {} webhook for {} from Sonar: {}", event, where,
                        e.getMessage());
            }
        }
    }

    private void release() {
        running = false;
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (view != null) {
            view.removeEventListener(onLeadership);
            try {
                clusterService.releaseView(view);
            } catch (Exception e) {
                LOG.debug("Releasing cluster view {}: {}", NAMESPACE, e.getMessage());
            }
            view = null;
        }
    }

    /** Whether this instance owns the registration: always, unless a cluster service elected another leader. */
    boolean isLeader() {
        CamelClusterView current = view;
        if (current == null) {
            return true;
        }
        CamelClusterMember local = current.getLocalMember();
        return local != null && local.isLeader();
    }

    private void leadershipChanged(CamelClusterView changed, CamelClusterMember leader) {
        if (running && leader != null && leader.isLocal()) {
            scheduler.execute(() -> reconcile(false));
        }
    }

    /** One check; synchronized so that a leadership change and the schedule never check at the same time. */
    synchronized void reconcile(boolean failHard) {
        if (!running) {
            return;
        }
        if (!isLeader()) {
            // another instance owns the registration: nothing for this one's readiness to wait for
            health.webhookStopped(healthKey);
            return;
        }
        try {
            SonarWebhookRegistrar.Outcome outcome = registrar.ensure(name, event, url);
            registeredId = outcome.id();
            health.webhookRegistered(healthKey);
            if (outcome.created() || outcome.removed() > 0) {
                LOG.info("Sonar {} webhook for {}: {} as id {}{}", event, where,
                        outcome.created() ? "registered" : "already registered", outcome.id(),
                        outcome.removed() > 0 ? "; removed " + outcome.removed() + " duplicate or inactive copies" : "");
            } else {
                LOG.debug("Sonar {} webhook for {} is registered as id {}", event, where, outcome.id());
            }
        } catch (RuntimeException e) {
            health.webhookRegistrationFailed(healthKey, event, e);
            if (failHard) {
                throw e;
            }
            LOG.warn("The Sonar {} webhook for {} is not registered with Sonar: {}. {}; the readiness check reports it"
                     + " until then.", event, where, e.getMessage(), intervalMillis > 0
                             ? "Trying again in " + intervalMillis + " ms" : "Not retried (webhookReconcileInterval=0)");
        }
    }
}
