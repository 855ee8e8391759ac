package org.camelsonar.component.sonar.operation;

import org.camelsonar.component.sonar.operation.SonarOperation.Field;

/**
 * Where one field of an operation goes in the HTTP request, and under which of Sonar's (snake_case) names.
 *
 * @param wireName  Sonar's name for it; for {@link Placement#CALL} fields, the option's name
 * @param field     the value it carries
 * @param placement JSON body, query parameter, path segment, or a setting of the call itself (api/call)
 */
record SonarWireField(String wireName, Field field, Placement placement) {

    public enum Placement {
        BODY,
        QUERY,
        PATH,
        CALL
    }

    static SonarWireField inBody(String wireName, Field field) {
        return new SonarWireField(wireName, field, Placement.BODY);
    }

    static SonarWireField inQuery(String wireName, Field field) {
        return new SonarWireField(wireName, field, Placement.QUERY);
    }

    static SonarWireField inPath(String wireName, Field field) {
        return new SonarWireField(wireName, field, Placement.PATH);
    }

    static SonarWireField ofCall(Field field) {
        return new SonarWireField(field.option() != null ? field.option() : field.header(), field, Placement.CALL);
    }
}
