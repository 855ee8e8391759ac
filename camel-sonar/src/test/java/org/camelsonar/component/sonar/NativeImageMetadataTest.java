package org.camelsonar.component.sonar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.operation.SonarOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image (Quarkus native, Spring Boot AOT) keeps only the reflection and resources that are declared. The
 * jar declares them in META-INF/native-image/org.camelsonar/camel-sonar; this test derives what Jackson reads or
 * writes (every class of the model package, every operation's result type, and the types of their bean properties
 * and superclasses, as Jackson itself sees them) and fails when the metadata misses one, or names a class that
 * no longer exists. It also checks that libphonenumber's data files are included as resources.
 */
class NativeImageMetadataTest {

    private static final String METADATA = "META-INF/native-image/org.camelsonar/camel-sonar/";
    private static final String MODEL = "org/camelsonar/component/sonar/model/";
    private static final ObjectMapper MAPPER = SonarJson.mapper();

    @Test
    void reflectionCoversEveryClassJacksonBinds() throws Exception {
        Set<String> jackson = jacksonClasses();
        assertThat(jackson).contains(Customer.class.getName()); // the scan found the model at all

        List<String> registered = new ArrayList<>();
        for (JsonNode entry : read("reflect-config.json")) {
            String name = entry.path("name").asText();
            registered.add(name);
            for (String flag : List.of("allDeclaredConstructors", "allPublicConstructors", "allDeclaredMethods",
                    "allPublicMethods", "allDeclaredFields", "allPublicFields")) {
                assertThat(entry.path(flag).asBoolean()).as(name + " " + flag).isTrue();
            }
        }
        assertThat(registered).as("reflect-config.json").containsAll(jackson).doesNotHaveDuplicates();
        assertThat(registered).as("classes that exist").allSatisfy(name -> Class.forName(name));
    }

    @Test
    void resourcesIncludeLibphonenumbersData() throws Exception {
        List<Pattern> includes = new ArrayList<>();
        read("resource-config.json").path("resources").path("includes")
                .forEach(include -> includes.add(Pattern.compile(include.path("pattern").asText())));
        List<String> data = jarEntries(PhoneNumberUtil.class).stream()
                .filter(name -> name.startsWith("com/google/i18n/phonenumbers/data/") && !name.endsWith("/"))
                .toList();

        assertThat(data).isNotEmpty().allSatisfy(resource -> assertThat(includes)
                .as(resource).anySatisfy(pattern -> assertThat(pattern.matcher(resource).matches()).isTrue()));
    }

    /** The model package, the operations' result types, and everything Jackson reaches from them. */
    private static Set<String> jacksonClasses() throws Exception {
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (String entry : jarEntries(Customer.class)) {
            if (entry.startsWith(MODEL) && entry.endsWith(".class") && entry.indexOf('/', MODEL.length()) < 0
                && !entry.endsWith("package-info.class")) {
                pending.add(Class.forName(entry.substring(0, entry.length() - 6).replace('/', '.')));
            }
        }
        Stream.of(SonarOperation.values()).map(SonarOperation::resultType).forEach(pending::add);

        Set<String> found = new TreeSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            if (!type.getName().startsWith("org.camelsonar.") || type.isSynthetic() || !found.add(type.getName())) {
                continue; // the JDK's own types need no metadata of ours
            }
            if (type.getSuperclass() != null) {
                pending.add(type.getSuperclass());
            }
            JavaType javaType = MAPPER.constructType(type);
            for (BeanDescription description : List.of(MAPPER.getSerializationConfig().introspect(javaType),
                    MAPPER.getDeserializationConfig().introspect(javaType))) {
                for (BeanPropertyDefinition property : description.findProperties()) {
                    addWithTypeParameters(property.getPrimaryType(), pending);
                }
            }
        }
        return found;
    }

    private static void addWithTypeParameters(JavaType type, Deque<Class<?>> pending) {
        if (type == null) {
            return;
        }
        pending.add(type.getRawClass());
        for (int i = 0; i < type.containedTypeCount(); i++) {
            addWithTypeParameters(type.containedType(i), pending);
        }
        addWithTypeParameters(type.getContentType(), pending);
        addWithTypeParameters(type.getKeyType(), pending);
    }

    /** The entries of the jar (or classes directory) a class was loaded from. */
    private static List<String> jarEntries(Class<?> member) throws IOException, URISyntaxException {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(Files::isRegularFile)
                        .forEach(file -> entries.add(location.relativize(file).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().forEach(entry -> entries.add(entry.getName()));
            }
        }
        return entries;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = NativeImageMetadataTest.class.getClassLoader().getResourceAsStream(METADATA + file)) {
            assertThat(in).as(METADATA + file + " on the class path").isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
