package org.camelsonar.component.sonar.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.camelsonar.component.sonar.model.SonarExtensible;

/**
 * Binds Sonar's JSON to the model without ever refusing it for the shape of a value. Sonar documents its answers
 * and events only by example, so a value may come in another shape than the typed property expects: an object
 * where text is expected, {@code "maybe"} for a boolean, a list where one customer is expected. Such a value leaves
 * the typed property null and is kept, as parsed, in {@link SonarExtensible#getOther()} under its wire name. Values
 * that Jackson can coerce without loss (a number for a text, {@code "true"} for a boolean) are coerced.
 */
final class LenientBinding extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                 BeanDeserializerBuilder builder) {
        if (SonarExtensible.class.isAssignableFrom(description.getBeanClass())) {
            List<SettableBeanProperty> properties = new ArrayList<>();
            for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext();) {
                properties.add(it.next());
            }
            properties.forEach(property -> builder.addOrReplaceProperty(new Lenient(property), true));
        }
        return builder;
    }

    /** A typed property that keeps a value it cannot take instead of failing the whole document. */
    static final class Lenient extends SettableBeanProperty.Delegating {

        private static final long serialVersionUID = 1L;

        /** Whether an object is always taken: a model class (lenient itself), a free-form value, a lenient map. */
        private final boolean takesAnyObject;

        Lenient(SettableBeanProperty delegate) {
            super(delegate);
            Class<?> type = delegate.getType().getRawClass();
            this.takesAnyObject = type == Object.class || SonarExtensible.class.isAssignableFrom(type)
                                  || Map.class.isAssignableFrom(type) && delegate.getAnnotation(JsonDeserialize.class) != null;
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
            return new Lenient(delegate);
        }

        @Override
        public void deserializeAndSet(JsonParser parser, DeserializationContext context, Object bean)
                throws IOException {
            String wireName = parser.currentName(); // as sent, an alias included
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT && takesAnyObject) {
                delegate.deserializeAndSet(parser, context, bean); // cannot misfit: no copy needed
            } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                // a structure cannot be read twice from a stream: copy it first, it is small
                TokenBuffer copy = context.bufferAsCopyOfValue(parser);
                try (JsonParser replay = copy.asParserOnFirstToken()) {
                    delegate.deserializeAndSet(replay, context, bean);
                } catch (JsonMappingException misfit) {
                    try (JsonParser again = copy.asParserOnFirstToken()) {
                        keep(bean, wireName, context.readValue(again, Object.class));
                    }
                }
            } else {
                try {
                    delegate.deserializeAndSet(parser, context, bean);
                } catch (JsonMappingException misfit) {
                    keep(bean, wireName, scalar(parser, token));
                }
            }
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser parser, DeserializationContext context, Object bean)
                throws IOException {
            deserializeAndSet(parser, context, bean);
            return bean;
        }

        private void keep(Object bean, String wireName, Object value) {
            ((SonarExtensible) bean).setOther(wireName != null ? wireName : getName(), value);
        }

        /** A scalar that did not fit: the parser still stands on it, since one token is one value. */
        private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject();
                default -> null;
            };
        }
    }
}
