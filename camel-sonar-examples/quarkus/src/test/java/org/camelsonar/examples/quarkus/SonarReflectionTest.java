package org.camelsonar.examples.quarkus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.camelsonar.component.sonar.model.Customer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Native mode needs every model class registered for reflection: fails when one is added but not registered. */
class SonarReflectionTest {

    private static final String MODEL = "org/camelsonar/component/sonar/model/";

    @Test
    void everyModelClassIsRegisteredForReflection() throws Exception {
        List<String> registered = Stream.of(SonarReflection.class.getAnnotation(RegisterForReflection.class).targets())
                .map(Class::getName).toList();

        assertThat(modelClasses()).isNotEmpty().allSatisfy(name -> assertThat(registered).contains(name));
    }

    /** The top-level classes of the model package, from camel-sonar's jar (or its classes directory in the IDE). */
    private static List<String> modelClasses() throws IOException, URISyntaxException {
        Path location = Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(MODEL))) {
                files.forEach(file -> entries.add(MODEL + file.getFileName()));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().forEach(entry -> entries.add(entry.getName()));
            }
        }
        return entries.stream()
                .filter(name -> name.startsWith(MODEL) && name.endsWith(".class") && !name.contains("$"))
                .filter(name -> name.indexOf('/', MODEL.length()) < 0)
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .toList();
    }
}
