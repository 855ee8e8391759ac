package org.camelsonar.component.sonar.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of every answer and event model, since Sonar documents them only by example: the fields we know are typed,
 * every other field is kept here as parsed, so that nothing Sonar sends is lost. A field whose value has another
 * shape than its typed getter expects (an object where text is expected, a list where one customer is expected) is
 * kept here too, under its wire name, and its typed getter returns null.
 */
public abstract class SonarExtensible {

    private final Map<String, Object> other = new LinkedHashMap<>();

    /**
     * The fields of Sonar's answer that have no typed getter, or whose value did not fit it, by their wire name:
     * Strings, Numbers, Booleans, nulls, Maps and Lists as parsed. Written back out with the typed fields when the
     * object is serialised to JSON; as a request body, only the operation's own fields are sent.
     */
    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    public void setOther(String name, Object value) {
        other.put(name, value);
    }
}
