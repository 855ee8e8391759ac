package org.camelsonar.component.sonar;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.spi.UriPath;
import org.camelsonar.component.sonar.operation.SonarCredential;
import org.camelsonar.component.sonar.operation.SonarOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code @UriPath} enums of {@link SonarEndpoint} feed Camel's catalog, tooling and the docs, and are written by
 * hand: this ties them to the operation table and the events, so that adding an operation or an event without
 * listing it there (or the reverse) fails here. It ties the table's fields and credentials to the endpoint's options
 * too, since the table names the option it reads (the headers are tied in {@link SonarPrecedenceTest}).
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

    @Test
    void everyOptionTheTableNamesIsAnEndpointOption() {
        Set<String> options = new SonarEndpointUriFactory().propertyNames();
        Stream.concat(Arrays.stream(SonarOperation.Field.values()).map(SonarOperation.Field::option),
                        Arrays.stream(SonarCredential.values()).map(SonarCredential::option))
                .filter(Objects::nonNull)
                .forEach(option -> assertThat(options).as("endpoint options").contains(option));
    }

    private static Stream<String> operationUris() {
        return Arrays.stream(SonarOperation.values()).map(SonarOperation::uri);
    }

    private static Set<String> enumsOf(String field) throws NoSuchFieldException {
        UriPath path = SonarEndpoint.class.getDeclaredField(field).getAnnotation(UriPath.class);
        return Arrays.stream(path.enums().split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }
}
