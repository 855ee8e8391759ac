package org.camelsonar.component.sonar.client;

import java.net.URI;
import java.util.Map;

/**
 * One HTTP call to Sonar, fully resolved. {@link #toString()} leaves the headers out: they carry the credential.
 *
 * @param method  HTTP method
 * @param uri     absolute URI, query included
 * @param headers request headers, credential included
 * @param body    JSON body, or null for none
 */
public record SonarRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

    @Override
    public String toString() {
        return method + " " + uri + (body != null ? " (" + body.length + " bytes)" : "");
    }
}
