package org.camelsonar.live;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path segments for api/call: external ids look like base64 and may hold +, / or =. */
final class Paths {

    private Paths() {
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
