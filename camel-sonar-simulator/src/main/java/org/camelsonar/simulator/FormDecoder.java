package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes query strings and form bodies the way Rails does, into the same tree a JSON body gives:
 * {@code properties[vip]=true} becomes a nested object and {@code tag_names[]=a&tag_names[]=b} an array.
 * The official gem sends forms, so accepting them keeps the simulator honest to that client too.
 * As in Rails, a literal {@code +} decodes to a space.
 */
final class FormDecoder {

    private FormDecoder() {
    }

    static ObjectNode decode(String encoded) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (encoded == null || encoded.isEmpty()) {
            return root;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            put(root, keyPath(key), value);
        }
        return root;
    }

    /** {@code a[b][]} becomes {@code [a, b, ""]}. */
    private static List<String> keyPath(String key) {
        List<String> path = new ArrayList<>();
        int open = key.indexOf('[');
        if (open < 0) {
            path.add(key);
            return path;
        }
        path.add(key.substring(0, open));
        while (open >= 0) {
            int close = key.indexOf(']', open);
            if (close < 0) {
                break;
            }
            path.add(key.substring(open + 1, close));
            open = key.indexOf('[', close);
        }
        return path;
    }

    private static void put(ObjectNode root, List<String> path, String value) {
        ObjectNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String segment = path.get(i);
            if (path.get(i + 1).isEmpty()) {
                JsonNode existing = node.get(segment);
                ArrayNode array = existing instanceof ArrayNode a ? a : node.putArray(segment);
                array.add(value);
                return;
            }
            JsonNode child = node.get(segment);
            node = child instanceof ObjectNode o ? o : node.putObject(segment);
        }
        node.put(path.get(path.size() - 1), value);
    }
}
