package org.camelsonar.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Posts one Sonar customer_created event per call, each with a uuid of its own, to one webhook URL. */
final class WebhookLoad implements Variant {

    private static final String MARK = "@@UUID@@";

    private final RawClientVariant client;
    private final String head;
    private final String tail;
    private final long runId;

    WebhookLoad(String url, String sampleEventJson, long runId, int concurrency) throws Exception {
        ObjectNode event = (ObjectNode) Payloads.MAPPER.readTree(sampleEventJson);
        event.put("uuid", MARK);
        String template = Payloads.MAPPER.writeValueAsString(event);
        int at = template.indexOf(MARK);
        head = template.substring(0, at);
        tail = template.substring(at + MARK.length());
        this.runId = runId;
        client = new RawClientVariant(url, null, concurrency);
    }

    @Override
    public void call(int i, Done done) {
        String json = head + new UUID(runId, i) + tail;
        client.post(json.getBytes(StandardCharsets.UTF_8), false, done);
    }

    @Override
    public void close() {
        client.close();
    }
}
