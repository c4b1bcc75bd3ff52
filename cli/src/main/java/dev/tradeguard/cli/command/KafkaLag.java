package dev.tradeguard.cli.command;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka consumer lag as a service's own consumers report it: {@code kafka_consumer_fetch_manager_records_lag_max} on
 * its Prometheus endpoint {@code /q/metrics} (what the dashboards and the lag alert rule read). Each service is one
 * consumer group (its application name), so the maximum over its consumers is that group's lag.
 */
final class KafkaLag {
    static final String METRIC = "kafka_consumer_fetch_manager_records_lag_max";
    private static final Pattern LINE = Pattern.compile("^" + METRIC + "\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern CLIENT = Pattern.compile("client_id=\"([^\"]*)\"");

    private KafkaLag() {
    }

    /** Consumer client id → the most records it was behind in the recent window; clients with no value are left out. */
    static Map<String, BigDecimal> parse(String prometheusText) {
        Map<String, BigDecimal> byClient = new TreeMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher matcher = LINE.matcher(line.strip());
            if (!matcher.find()) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(matcher.group(2));
            } catch (NumberFormatException nanOrInf) {
                continue;
            }
            Matcher client = CLIENT.matcher(matcher.group(1));
            String id = client.find() ? client.group(1) : "?";
            byClient.merge(id, value, BigDecimal::max);
        }
        return byClient;
    }

    static BigDecimal max(Map<String, BigDecimal> byClient) {
        return byClient.values().stream().reduce(BigDecimal::max).orElse(null);
    }
}
