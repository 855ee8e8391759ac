package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Messages, message tags, campaigns, conversations and the available number. */
final class MessagingEndpoints {

    private final SonarBackend backend;
    private final Catalog catalog;
    private final WireFormat wire;

    MessagingEndpoints(SonarBackend backend, Catalog catalog, WireFormat wire) {
        this.backend = backend;
        this.catalog = catalog;
        this.wire = wire;
    }

    /** 202 {to, text, status}: "queued", also for a suppressed duplicate, or "unsubscribed" (nothing sent). */
    ApiResponse send(ApiRequest request) {
        List<String> missing = new ArrayList<>();
        if (request.isBlank("text") && request.isBlank("media_url")) {
            missing.add("text");
        }
        missing.addAll(request.missing("to"));
        if (!missing.isEmpty()) {
            throw ApiException.missing(missing);
        }
        String phone = CustomerEndpoints.phone(request.text("to"));
        List<String> tags = tagNames(request.node("tag_names"));
        String media = request.isBlank("media_url") ? null : request.text("media_url");
        String status = backend.send(new SonarBackend.Outbound(phone, request.text("text"), media, tags, null, null));
        return ApiResponse.of(202, Json.object("to", request.text("to"), "text", request.text("text"),
                "status", status));
    }

    /** Assumed wire: POST /v1/messages/tags {external_id, tag_name}; answers like close-customer. */
    ApiResponse appendTag(ApiRequest request) {
        List<String> missing = request.missing("external_id", "tag_name");
        if (!missing.isEmpty()) {
            throw ApiException.missing(missing);
        }
        String tag = existingTag(request.text("tag_name"));
        return backend.tag(request.text("external_id"), tag, true).map(m -> ApiResponse.success())
                .orElseThrow(() -> ApiException.notFound("Message"));
    }

    /** 202 {to, text: "sent", status}; 404 for an unknown slug; a future send_at is held, not sent. */
    ApiResponse sendCampaign(ApiRequest request) {
        List<String> missing = request.missing("campaign_id", "to");
        if (!missing.isEmpty()) {
            throw ApiException.missing(missing);
        }
        String phone = CustomerEndpoints.phone(request.text("to"));
        OffsetDateTime sendAt = sendAt(request);
        String slug = request.text("campaign_id");
        String text = catalog.campaignText(slug).orElseThrow(() -> ApiException.notFound("Campaign"));
        String status = backend.send(new SonarBackend.Outbound(phone, text, null, List.of(), slug, sendAt));
        return ApiResponse.of(202, Json.object("to", request.text("to"), "text", "sent", "status", status));
    }

    ApiResponse conversation(ApiRequest request) {
        return backend.conversation(request.pathParam("id")).map(c -> ApiResponse.of(200, wire.conversation(c)))
                .orElseThrow(() -> ApiException.notFound("Conversation"));
    }

    ApiResponse availableNumber(ApiRequest request) {
        return ApiResponse.of(200, Json.object("available_number", wire.availableNumber()));
    }

    /** tag_names as an array (JSON, or {@code tag_names[]=} in a form) or a single string; every tag must exist. */
    private List<String> tagNames(JsonNode node) {
        List<String> tags = new ArrayList<>();
        if (node == null || node.isNull()) {
            return tags;
        }
        if (node.isArray()) {
            node.forEach(n -> tags.add(existingTag(ApiRequest.asText(n))));
        } else if (node.isValueNode()) {
            tags.add(existingTag(node.asText()));
        } else {
            throw ApiException.invalid("tag_names");
        }
        return tags;
    }

    private String existingTag(String name) {
        if (name == null || !catalog.hasTag(name)) {
            throw new ApiException(400, "Tag not found: " + name);
        }
        return name;
    }

    private static OffsetDateTime sendAt(ApiRequest request) {
        if (request.isBlank("send_at")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(request.text("send_at").trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("send_at");
        }
    }
}
