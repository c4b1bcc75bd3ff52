package dev.tradeguard.alert.service;

import static dev.tradeguard.alert.domain.ChannelName.DISCORD;
import static dev.tradeguard.alert.domain.ChannelName.EMAIL;
import static dev.tradeguard.alert.domain.ChannelName.FILE;
import static dev.tradeguard.alert.domain.ChannelName.PHONE;
import static dev.tradeguard.alert.domain.ChannelName.SLACK;
import static dev.tradeguard.alert.domain.ChannelName.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class RoutingTableTest {

    static RoutingTable table(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("tradeguard.alert.file.path", "target/routing-test.log");
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(AlertConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(all, "test", 500)).build();
        return RoutingTable.from(config.getConfigMapping(AlertConfig.class));
    }

    @Test
    void theGuidesSixAlertTypesKeepTheGuidesChannelsAndPriorities() {
        RoutingTable routing = table(Map.of());
        assertEquals(Set.of(EMAIL, SMS, SLACK), routing.route(AlertType.STOP_LOSS_HIT).channels());
        assertEquals(Priority.CRITICAL, routing.route(AlertType.STOP_LOSS_HIT).priority());
        assertEquals(Set.of(EMAIL, SMS, PHONE), routing.route(AlertType.DAILY_LOSS_LIMIT).channels());
        assertEquals(Priority.EMERGENCY, routing.route(AlertType.DAILY_LOSS_LIMIT).priority());
        assertEquals(Set.of(EMAIL, SLACK), routing.route(AlertType.POSITION_OPENED).channels());
        assertEquals(Set.of(EMAIL, SLACK), routing.route(AlertType.POSITION_CLOSED).channels());
        assertEquals(Priority.INFO, routing.route(AlertType.POSITION_CLOSED).priority());
        assertEquals(Set.of(EMAIL, SMS), routing.route(AlertType.API_ERROR).channels());
        assertEquals(Priority.HIGH, routing.route(AlertType.API_ERROR).priority());
        assertEquals(Set.of(EMAIL, SLACK), routing.route(AlertType.EXECUTION_FAILURE).channels());
    }

    @Test
    void everyTypeReachesAtLeastEmailAndTheLocalFile() {
        RoutingTable routing = table(Map.of());
        for (AlertType type : AlertType.values()) {
            assertTrue(routing.channelsFor(type).containsAll(Set.of(EMAIL, FILE)), type.name());
        }
        assertTrue(routing.channelsFor(AlertType.TRADING_HALTED).contains(PHONE), "the kill switch rings the phone");
    }

    @Test
    void aTypesChannelsAndPriorityCanBeConfiguredAndDiscordAddedToEveryAlert() {
        RoutingTable routing = table(Map.of("tradeguard.alert.routing.POSITION_OPENED.channels", "slack",
                "tradeguard.alert.routing.POSITION_OPENED.priority", "CRITICAL",
                "tradeguard.alert.always", "file,discord"));
        assertEquals(Set.of(SLACK, FILE, DISCORD), routing.channelsFor(AlertType.POSITION_OPENED));
        assertEquals(Priority.CRITICAL, routing.effectivePriority(AlertType.POSITION_OPENED, Priority.INFO));
        assertTrue(routing.channelsFor(AlertType.WEEKLY_REPORT).contains(DISCORD));
    }

    @Test
    void keyRotationDueGoesToTheDeskAndOverdueAlsoToThePhoneBySms() {
        RoutingTable routing = table(Map.of());
        assertEquals(Set.of(EMAIL, SLACK), routing.route(AlertType.API_KEY_ROTATION_DUE).channels());
        assertEquals(Priority.WARNING, routing.route(AlertType.API_KEY_ROTATION_DUE).priority());
        assertEquals(Set.of(EMAIL, SMS, SLACK), routing.route(AlertType.API_KEY_ROTATION_OVERDUE).channels());
        assertEquals(Priority.HIGH, routing.route(AlertType.API_KEY_ROTATION_OVERDUE).priority());
        assertFalse(RoutingTable.escalates(routing.effectivePriority(AlertType.API_KEY_ROTATION_OVERDUE, null)));
    }

    @Test
    void anAlertKeepsItsOwnPriorityWhenHigherThanItsRoutes() {
        assertEquals(Priority.EMERGENCY,
                table(Map.of()).effectivePriority(AlertType.POSITION_OPENED, Priority.EMERGENCY));
    }

    @Test
    void aFailingSmsEscalatesToPhoneThenEmailAndEscalationCanBeConfigured() {
        assertEquals(List.of(PHONE, EMAIL), table(Map.of()).escalationOf(SMS));
        assertEquals(List.of(EMAIL), table(Map.of("tradeguard.alert.escalation.sms", "email")).escalationOf(SMS));
        assertFalse(RoutingTable.escalates(Priority.HIGH));
        assertTrue(RoutingTable.escalates(Priority.CRITICAL));
    }

    @Test
    void aTypoInTheRoutingRefusesToStartNamingEachBadSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> table(Map.of(
                "tradeguard.alert.routing.STOP_LOSS.channels", "email",
                "tradeguard.alert.routing.API_ERROR.channels", "email,pager",
                "tradeguard.alert.escalation.fax", "email")));
        assertTrue(refused.getMessage().contains("tradeguard.alert.routing.STOP_LOSS: no such alert type"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("no such channel 'pager'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("tradeguard.alert.escalation.fax"), refused.getMessage());
    }
}
