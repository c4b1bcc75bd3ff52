package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.client.Api;
import picocli.CommandLine;

class NativeImageConfigurationTest {
    @Test
    void everyCommandIsRegisteredForReflectionByTheGeneratedNativeImageConfiguration() throws Exception {
        Set<String> registered = new HashSet<>();
        try (InputStream config = getClass().getResourceAsStream(
                "/META-INF/native-image/picocli-generated/dev.tradeguard/cli/reflect-config.json")) {
            assertThat(config).as("picocli-codegen's reflect-config.json").isNotNull();
            for (JsonNode type : Api.JSON.readTree(config)) {
                registered.add(type.path("name").asText());
            }
        }
        List<String> commands = new ArrayList<>();
        collect(new CommandLine(new TradeGuardCli(Map.of())), commands);

        assertThat(commands).hasSizeGreaterThan(10);
        assertThat(registered).containsAll(commands);
    }

    private static void collect(CommandLine command, List<String> into) {
        into.add(command.getCommand().getClass().getName());
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
