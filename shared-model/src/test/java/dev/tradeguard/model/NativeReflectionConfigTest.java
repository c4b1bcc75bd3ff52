package dev.tradeguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A native image knows only the classes registered for reflection: Kafka instantiates the deserializers named in the
 * services' configuration by name, and Jackson reads and writes the events by reflection. shared-model has no Quarkus
 * to register them, so its reflect-config.json must name every class it has — a new event or serde left out would
 * pass every JVM test and stop a native service at start-up with ClassNotFoundException.
 */
class NativeReflectionConfigTest {
    private static final String CONFIG = "/META-INF/native-image/dev.tradeguard/shared-model/reflect-config.json";

    @Test
    void everyClassOfSharedModelIsRegisteredForReflectionInTheNativeImage() throws Exception {
        assertEquals(classesOfSharedModel(), registered(), "reflect-config.json (" + CONFIG + ") must list exactly "
                + "shared-model's classes, nested ones included");
    }

    private static TreeSet<String> registered() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (InputStream in = NativeReflectionConfigTest.class.getResourceAsStream(CONFIG)) {
            for (JsonNode entry : new ObjectMapper().readTree(in)) {
                names.add(entry.get("name").asText());
            }
        }
        return names;
    }

    private static TreeSet<String> classesOfSharedModel() throws IOException, ClassNotFoundException {
        Path sources = Path.of("src/main/java");
        Deque<Class<?>> pending = new ArrayDeque<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String name = sources.relativize(file).toString().replace(File.separatorChar, '.');
                pending.add(Class.forName(name.substring(0, name.length() - ".java".length())));
            }
        }
        TreeSet<String> names = new TreeSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            names.add(type.getName());
            pending.addAll(List.of(type.getDeclaredClasses()));
        }
        return names;
    }
}
