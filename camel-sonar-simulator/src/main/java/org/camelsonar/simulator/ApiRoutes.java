package org.camelsonar.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The wire table: every method and path the simulated Sonar serves (docs/operations.md and the webhook calls
 * of docs/webhooks.md), relative to the base URL, with the credential each needs. A wrong wire detail is a one-line
 * change here.
 */
final class ApiRoutes {

    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    record Route(String method, String pattern, Credentials.Kind auth, Handler handler) {

        /** The path parameters when {@code path} fits the pattern ({@code {name}} matches one segment), else null. */
        Map<String, String> match(String path) {
            String[] want = pattern.split("/");
            String[] got = path.split("/");
            if (want.length != got.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < want.length; i++) {
                if (want[i].startsWith("{") && want[i].endsWith("}") && !got[i].isEmpty()) {
                    params.put(want[i].substring(1, want[i].length() - 1), got[i]);
                } else if (!want[i].equals(got[i])) {
                    return null;
                }
            }
            return params;
        }
    }

    /** The outcome of a lookup: a route and its path parameters, or 404, or 405 with the allowed methods. */
    record Lookup(Route route, Map<String, String> params, String allowed) {
    }

    private final List<Route> routes;

    ApiRoutes(CustomerEndpoints customers, MessagingEndpoints messaging, WebhookEndpoints webhooks) {
        Credentials.Kind token = Credentials.Kind.TOKEN;
        this.routes = List.of(
                new Route("GET", "/v1/customers", token, customers::get),
                new Route("POST", "/v1/customers", token, customers::upsert),
                new Route("POST", "/v1/customers/unassign", token, customers::unassign),
                new Route("POST", "/v1/customers/close", token, customers::close),
                new Route("DELETE", "/v1/customers/properties", token, customers::deleteProperty),
                new Route("POST", "/v1/messages", token, messaging::send),
                new Route("POST", "/v1/messages/tags", token, messaging::appendTag),
                new Route("POST", "/v1/campaigns", token, messaging::sendCampaign),
                new Route("GET", "/v1/conversations/{id}", token, messaging::conversation),
                new Route("GET", "/v1/phone_numbers/available", Credentials.Kind.PUBLISHABLE_KEY,
                        messaging::availableNumber),
                new Route("GET", "/v1/webhooks", token, webhooks::list),
                new Route("POST", "/v1/webhooks", token, webhooks::create),
                new Route("DELETE", "/v1/webhooks/{id}", token, webhooks::delete));
    }

    Lookup lookup(String method, String path) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = route.match(path);
            if (params == null) {
                continue;
            }
            if (route.method().equalsIgnoreCase(method)) {
                return new Lookup(route, params, null);
            }
            allowed.add(route.method());
        }
        return new Lookup(null, Map.of(), allowed.isEmpty() ? null : String.join(", ", allowed));
    }
}
