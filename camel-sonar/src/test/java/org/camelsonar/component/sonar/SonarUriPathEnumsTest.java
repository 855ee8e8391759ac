package org.camelsonar.component.sonar;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code @UriPath} enums of {@link SonarEndpoint} feed Camel's catalog, tooling and the docs, and are written by
 * hand: this ties them to the operation table and the events, so that adding an operation or an event without
 * listing it there (or the reverse) fails here.
 */
class SonarUriPathEnumsTest {

    @Test
    void resourcesAreTheTablesResourcesAndWebhook() throws Exception {
        Set<String> expected = operationUris().map(uri -> uri.split("/", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
        expected.add("webhook");
        assertThat(enumsOf("resource")).isEqualTo(expected);
    }

    @Test
    void actionsAreTheTablesActionsAndTheEvents() throws Exception {
        Set<String> expected = operationUris().map(uri -> uri.split("/", 2)[1]).collect(Collectors.toCollection(TreeSet::new));
        Arrays.stream(SonarEvent.values()).map(SonarEvent::id).forEach(expected::add);
        assertThat(enumsOf("action")).isEqualTo(expected);
    }

    private static Stream<String> operationUris() {
        return Arrays.stream(SonarOperation.values()).map(SonarOperation::uri).filter(Objects::nonNull);
    }

    private static Set<String> enumsOf(String field) throws NoSuchFieldException {
        UriPath path = SonarEndpoint.class.getDeclaredField(field).getAnnotation(UriPath.class);
        return Arrays.stream(path.enums().split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }
}
