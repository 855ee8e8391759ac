package org.camelsonar.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Webhook deliveries spread over the instances of a cluster in turn, as a load balancer would. */
final class ClusterWebhookLoad implements Variant {

    private final List<WebhookLoad> instances = new ArrayList<>();

    ClusterWebhookLoad(List<String> urls, String sampleEventJson, long runId, int concurrency) throws Exception {
        for (String url : urls) {
            instances.add(new WebhookLoad(url, sampleEventJson, runId, concurrency));
        }
    }

    @Override
    public void call(int i, Done done) {
        instances.get(i % instances.size()).call(i, done);
    }

    @Override
    public void close() {
        instances.forEach(WebhookLoad::close);
    }
}
