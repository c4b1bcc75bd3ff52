package dev.tradeguard.alert.service;

import static dev.tradeguard.alert.domain.ChannelName.DISCORD;
import static dev.tradeguard.alert.domain.ChannelName.EMAIL;
import static dev.tradeguard.alert.domain.ChannelName.PHONE;
import static dev.tradeguard.alert.domain.ChannelName.SLACK;
import static dev.tradeguard.alert.domain.ChannelName.SMS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Route;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

/**
 * The routing matrix: which channels each alert type goes to, and where a failing channel escalates. The defaults are
 * the guide's ALERT_TYPES for its six types and an operator's reading of urgency for the rest; configuration
 * ({@code tradeguard.alert.routing.<TYPE>.channels}) replaces a type's channels. An unknown type or channel in the
 * configuration refuses start-up, so a typo never silences an alert.
 */
public final class RoutingTable {
    private final Map<AlertType, Route> routes;
    private final Set<ChannelName> always;
    private final Map<ChannelName, List<ChannelName>> escalation;

    RoutingTable(Map<AlertType, Route> routes, Set<ChannelName> always, Map<ChannelName, List<ChannelName>> escalation) {
        this.routes = Map.copyOf(routes);
        this.always = Set.copyOf(always);
        this.escalation = Map.copyOf(escalation);
    }

    public static Map<AlertType, Route> defaultRoutes() {
        Map<AlertType, Route> routes = new EnumMap<>(AlertType.class);
        for (AlertType type : AlertType.values()) {
            routes.put(type, new Route(type, defaultChannels(type), type.defaultPriority()));
        }
        return routes;
    }

    static Set<ChannelName> defaultChannels(AlertType type) {
        return switch (type) {
            // The guide's ALERT_TYPES.
            case STOP_LOSS_HIT -> EnumSet.of(EMAIL, SMS, SLACK);
            case DAILY_LOSS_LIMIT -> EnumSet.of(EMAIL, SMS, PHONE);
            case POSITION_OPENED, POSITION_CLOSED -> EnumSet.of(EMAIL, SLACK);
            case API_ERROR -> EnumSet.of(EMAIL, SMS);
            case EXECUTION_FAILURE -> EnumSet.of(EMAIL, SLACK);
            // The kill switch tripping rings the owner's phone, like the daily loss limit that usually trips it.
            case TRADING_HALTED, DRAWDOWN_LIMIT -> EnumSet.of(EMAIL, SMS, PHONE, SLACK);
            case TRADING_RESUMED -> EnumSet.of(EMAIL, SMS, SLACK);
            // An approval expires in 30 minutes: it must reach a pocket.
            case APPROVAL_REQUESTED -> EnumSet.of(EMAIL, SMS, SLACK);
            case RED_FLAG, RECONCILIATION_MISMATCH -> EnumSet.of(EMAIL, SMS, SLACK);
            case ORDER_DENIED, PROFIT_TARGET, TIME_EXIT, DLQ_RECORD, STALE_DATA -> EnumSet.of(EMAIL, SLACK);
            // The guide's daily summary: send_notification(summary, channels=['email', 'slack']).
            case DAILY_SUMMARY -> EnumSet.of(EMAIL, SLACK);
            case WEEKLY_REPORT, MONTHLY_REPORT -> EnumSet.of(EMAIL);
            // Key rotation: 80 days is a reminder to read at the desk; 90 days must reach a pocket the same day.
            case API_KEY_ROTATION_DUE -> EnumSet.of(EMAIL, SLACK);
            case API_KEY_ROTATION_OVERDUE -> EnumSet.of(EMAIL, SMS, SLACK);
        };
    }

    static Map<ChannelName, List<ChannelName>> defaultEscalation() {
        Map<ChannelName, List<ChannelName>> escalation = new EnumMap<>(ChannelName.class);
        escalation.put(SMS, List.of(PHONE, EMAIL));
        escalation.put(PHONE, List.of(SMS, EMAIL));
        escalation.put(SLACK, List.of(DISCORD, SMS, EMAIL));
        escalation.put(DISCORD, List.of(SLACK, SMS, EMAIL));
        escalation.put(EMAIL, List.of(SMS, SLACK));
        escalation.put(ChannelName.FILE, List.of());
        return escalation;
    }

    public static RoutingTable from(AlertConfig config) {
        Map<AlertType, Route> routes = defaultRoutes();
        List<String> problems = new ArrayList<>();
        config.routing().forEach((typeName, override) -> {
            Optional<AlertType> type = alertType(typeName);
            if (type.isEmpty()) {
                problems.add("tradeguard.alert.routing." + typeName + ": no such alert type");
                return;
            }
            Route current = routes.get(type.get());
            Set<ChannelName> channels = override.channels()
                    .map(names -> channels("tradeguard.alert.routing." + typeName + ".channels", names, problems))
                    .orElse(current.channels());
            routes.put(type.get(), new Route(type.get(), channels, override.priority().orElse(current.priority())));
        });
        Set<ChannelName> always = channels("tradeguard.alert.always", config.always(), problems);
        Map<ChannelName, List<ChannelName>> escalation = defaultEscalation();
        config.escalation().forEach((channelName, targets) -> {
            Optional<ChannelName> channel = ChannelName.parse(channelName);
            if (channel.isEmpty()) {
                problems.add("tradeguard.alert.escalation." + channelName + ": no such channel");
                return;
            }
            escalation.put(channel.get(),
                    List.copyOf(channels("tradeguard.alert.escalation." + channelName, targets, problems)));
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid alert routing: " + String.join("; ", problems));
        }
        return new RoutingTable(routes, always, escalation);
    }

    private static Optional<AlertType> alertType(String name) {
        try {
            return Optional.of(AlertType.valueOf(name.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<ChannelName> channels(String property, Collection<String> names, List<String> problems) {
        Set<ChannelName> channels = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.trim().equals("none")) {
                continue;
            }
            ChannelName.parse(name).ifPresentOrElse(channels::add,
                    () -> problems.add(property + ": no such channel '" + name.trim() + "'"));
        }
        return channels;
    }

    public Route route(AlertType type) {
        return routes.get(type);
    }

    /** Every channel an alert of this type goes to: its route's and the always-on ones. */
    public Set<ChannelName> channelsFor(AlertType type) {
        Set<ChannelName> channels = EnumSet.noneOf(ChannelName.class);
        channels.addAll(routes.get(type).channels());
        channels.addAll(always);
        return channels;
    }

    /** The alert's own priority or its route's, whichever is higher. */
    public Priority effectivePriority(AlertType type, Priority priority) {
        Priority routed = routes.get(type).priority();
        return priority == null || routed.compareTo(priority) > 0 ? routed : priority;
    }

    public static boolean escalates(Priority priority) {
        return priority.compareTo(Priority.CRITICAL) >= 0;
    }

    public List<ChannelName> escalationOf(ChannelName channel) {
        return escalation.getOrDefault(channel, List.of());
    }

    public Set<ChannelName> always() {
        return always;
    }
}
