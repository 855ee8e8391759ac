package org.camelsonar.component.sonar.operation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camelsonar.component.sonar.phone.PhoneNumberNormalizer;

/**
 * How a field's value is read from whatever the user gave (an option String, a header of any type, a JSON value)
 * into what goes on the wire. A blank or empty value counts as not set (null), so that no empty default is ever
 * sent. A value of the wrong shape throws {@link IllegalArgumentException} with a reason; the caller adds where
 * the value came from.
 */
enum SonarValueKind {

    TEXT {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            return text(value);
        }
    },
    PHONE {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            String text = text(value);
            return text == null ? null : phones.toE164(text);
        }

        @Override
        Object fromUri(Object option) {
            // Camel decodes a + in an endpoint URI to a space: phoneNumber=+1310... arrives as " 1310..."
            return option instanceof String text && text.matches(" \\d.*") ? "+" + text.substring(1) : option;
        }
    },
    BOOLEAN {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            if (value instanceof Boolean) {
                return value;
            }
            String text = text(value);
            if (text == null) {
                return null;
            } else if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.valueOf(text);
            }
            throw new IllegalArgumentException("must be true or false");
        }
    },
    PROPERTIES {
        @Override
        String optionSpelling(String option) {
            return "property.*";
        }

        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("must be a Map of property names to values");
            }
            Map<String, String> properties = new LinkedHashMap<>();
            map.forEach((name, propertyValue) -> {
                if (name == null || name.toString().isBlank()) {
                    throw new IllegalArgumentException("has a property without a name");
                }
                // Sonar stores every property value as a string
                properties.put(name.toString(), propertyValue == null ? null : propertyValue.toString());
            });
            return properties.isEmpty() ? null : properties;
        }
    },
    TAGS {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            List<String> tags = new ArrayList<>();
            if (value instanceof Collection<?> items) {
                items.forEach(item -> addTag(tags, text(item)));
            } else if (value instanceof Object[] items) {
                for (Object item : items) {
                    addTag(tags, text(item));
                }
            } else {
                String text = text(value);
                if (text != null) {
                    for (String item : text.split(",")) {
                        addTag(tags, item.trim());
                    }
                }
            }
            return tags.isEmpty() ? null : tags;
        }
    },
    DATE_TIME {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            OffsetDateTime time;
            if (value instanceof OffsetDateTime offset) {
                time = offset;
            } else if (value instanceof ZonedDateTime zoned) {
                time = zoned.toOffsetDateTime();
            } else if (value instanceof Instant instant) {
                time = instant.atOffset(ZoneOffset.UTC);
            } else if (value instanceof Date date) {
                time = date.toInstant().atOffset(ZoneOffset.UTC);
            } else if (value instanceof Calendar calendar) {
                time = calendar.toInstant().atZone(calendar.getTimeZone().toZoneId()).toOffsetDateTime();
            } else if (value instanceof TemporalAccessor) {
                throw new IllegalArgumentException("needs a time zone or offset; use OffsetDateTime, ZonedDateTime or Instant");
            } else {
                String text = text(value);
                if (text == null) {
                    return null;
                }
                time = parse(text);
            }
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
    },
    HTTP_METHOD {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            String text = text(value);
            if (text == null) {
                return null;
            }
            String method = text.toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException("must be one of " + String.join(", ", METHODS));
            }
            return method;
        }
    },
    /** An encoded query String, kept as is, or a Map of parameters to encode. */
    QUERY {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            if (value instanceof Map<?, ?> map) {
                return map.isEmpty() ? null : map;
            }
            String text = text(value);
            return text == null ? null : text.startsWith("?") ? text.substring(1) : text;
        }
    },
    HEADERS {
        @Override
        Object read(Object value, PhoneNumberNormalizer phones) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("must be a Map of header names to values");
            }
            return map.isEmpty() ? null : map;
        }
    };

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /**
     * Reads a value into its wire form.
     *
     * @return the wire value, or null when the value counts as not set
     */
    abstract Object read(Object value, PhoneNumberNormalizer phones);

    /** An endpoint option's value as the URI gave it, before {@link #read}: undoes what URI decoding did to it. */
    Object fromUri(Object option) {
        return option;
    }

    /** How the user writes the option in a URI, for error messages. */
    String optionSpelling(String option) {
        return option;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof Collection || value instanceof Object[]) {
            throw new IllegalArgumentException("must be a single value, not " + value.getClass().getSimpleName());
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static void addTag(List<String> tags, String tag) {
        if (tag != null && !tag.isEmpty()) {
            tags.add(tag);
        }
    }

    private static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(text).toOffsetDateTime();
            } catch (DateTimeParseException notZoned) {
                throw new IllegalArgumentException(
                        "is not an ISO-8601 date-time with offset, e.g. 2026-12-01T09:00:00-08:00");
            }
        }
    }
}
