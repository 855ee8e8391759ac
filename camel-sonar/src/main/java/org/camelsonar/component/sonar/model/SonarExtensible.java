package org.camelsonar.component.sonar.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of the answers whose shape Sonar does not document fully: the fields we know are typed, every other field
 * is kept here as parsed, so that nothing Sonar sends is lost.
 */
public abstract class SonarExtensible {

    private final Map<String, Object> other = new LinkedHashMap<>();

    /** The fields of Sonar's answer that have no typed getter, by their wire name. */
    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    public void setOther(String name, Object value) {
        other.put(name, value);
    }
}
