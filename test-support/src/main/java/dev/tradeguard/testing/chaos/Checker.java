package dev.tradeguard.testing.chaos;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.LocalPipeline;
import dev.tradeguard.testing.pipeline.ServiceProcess;

/**
 * Reads the histories after a campaign settled — the simulator's order-request log, its orders, fills and positions,
 * and the services' databases — and counts the violations of each invariant. Every count must be 0.
 */
public final class Checker {
    /**
     * How long a halt may take to reach execution-service over Kafka: an order whose request reached the broker
     * within this of the halt was decided before execution-service could have heard of it.
     */
    static final Duration HALT_PROPAGATION = Duration.ofSeconds(1);

    public enum Invariant {
        ORDER_PLACED_TWICE("client order ids accepted by the broker more than once"),
        UNRESOLVED("recommendations or approvals never resolved (placed, refused with a reason, or expired)"),
        FILL_NOT_RECORDED("broker fills missing from (or different in) execution's broker_order or monitor's ledger"),
        POSITION_DISAGREES("positions in risk-service or monitor-service that disagree with the broker's"),
        CRITICAL_ALERT_NOT_ONCE("CRITICAL and EMERGENCY alerts not delivered, or delivered twice"),
        ORDER_WHILE_HALTED("orders placed while the account was HALTED"),
        SERVICE_UNHEALTHY("services not healthy at the end");

        private final String description;

        Invariant(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One violation: which invariant, what it is about, and the ids whose history explains it. */
    public record Violation(Invariant invariant, String subject, String detail, List<String> ids) {
    }

    /** What was checked: per invariant how many things were looked at, and the violations found. */
    public record Result(Map<Invariant, Integer> checked, List<Violation> violations, Map<String, Integer> notes) {
        public long count(Invariant invariant) {
            return violations.stream().filter(v -> v.invariant() == invariant).count();
        }
    }

    private final LocalPipeline pipeline;
    private final List<String> recommendationIds;

    public Checker(LocalPipeline pipeline, List<String> recommendationIds) {
        this.pipeline = pipeline;
        this.recommendationIds = recommendationIds;
    }

    public Result check() {
        Map<Invariant, Integer> checked = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> notes = new LinkedHashMap<>();
        List<JsonNode> requests = new ArrayList<>();
        JsonHttp.anonymous().get(pipeline.simulator().baseUrl() + "/admin/order-requests").expect(200).body()
                .forEach(requests::add);
        try (Connection risk = ServiceDatabase.of(pipeline.risk()).connect();
                Connection execution = ServiceDatabase.of(pipeline.execution()).connect();
                Connection monitor = ServiceDatabase.of(pipeline.monitor()).connect();
                Connection alert = ServiceDatabase.of(pipeline.alert()).connect()) {
            for (List<String> row : rows(risk, "SELECT outcome, count(*) FROM decision GROUP BY outcome ORDER BY 1")) {
                notes.put("risk decisions " + row.get(0), Integer.parseInt(row.get(1)));
            }
            for (List<String> row : rows(execution, "SELECT state, count(*) FROM order_ledger GROUP BY state ORDER BY 1")) {
                notes.put("execution orders " + row.get(0), Integer.parseInt(row.get(1)));
            }
            ordersPlacedOnce(requests, checked, violations, notes);
            everythingResolved(risk, execution, checked, violations);
            fillsRecorded(requests, execution, monitor, checked, violations);
            positionsAgree(risk, monitor, checked, violations);
            criticalAlertsOnce(alert, checked, violations, notes);
            nothingPlacedWhileHalted(requests, risk, execution, checked, violations);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the services' databases: " + e.getMessage(), e);
        }
        servicesHealthy(checked, violations);
        return new Result(checked, violations, notes);
    }

    private void ordersPlacedOnce(List<JsonNode> requests, Map<Invariant, Integer> checked, List<Violation> violations,
                                  Map<String, Integer> notes) {
        Map<String, Integer> accepted = new HashMap<>();
        Map<String, Integer> received = new HashMap<>();
        for (JsonNode request : requests) {
            String clientOrderId = request.path("client_order_id").asText();
            received.merge(clientOrderId, 1, Integer::sum);
            // an order_id means the request created an order, whatever it was answered (500 after accepting)
            if (request.path("order_id").isTextual() && !request.path("order_id").asText().isBlank()) {
                accepted.merge(clientOrderId, 1, Integer::sum);
            }
        }
        checked.put(Invariant.ORDER_PLACED_TWICE, received.size());
        notes.put("order requests received", requests.size());
        notes.put("client order ids received more than once (retries after a 500/429/timeout)",
                (int) received.values().stream().filter(n -> n > 1).count());
        accepted.forEach((clientOrderId, times) -> {
            if (times > 1) {
                violations.add(new Violation(Invariant.ORDER_PLACED_TWICE, clientOrderId,
                        "the broker created " + times + " orders for it", List.of(clientOrderId)));
            }
        });
    }

    private void everythingResolved(Connection risk, Connection execution, Map<Invariant, Integer> checked,
                                    List<Violation> violations) throws SQLException {
        Set<String> decided = strings(risk, "SELECT recommendation_id FROM decision");
        for (String id : recommendationIds) {
            if (!decided.contains(id)) {
                violations.add(new Violation(Invariant.UNRESOLVED, "recommendation " + id,
                        "accepted by recommendation-service, no decision at risk-service", List.of(id)));
            }
        }
        for (List<String> row : rows(risk, "SELECT id::text, recommendation_id FROM approval WHERE status = 'PENDING'")) {
            violations.add(new Violation(Invariant.UNRESOLVED, "approval " + row.get(0),
                    "still PENDING after the run settled", row));
        }
        Map<String, List<String>> ledger = new HashMap<>();
        for (List<String> row : rows(execution, "SELECT approved_order_id::text, state, client_order_id, "
                + "coalesce(reason, '') FROM order_ledger")) {
            ledger.put(row.get(0), row);
        }
        List<List<String>> approved = rows(risk, "SELECT order_id::text, recommendation_id FROM approved_order");
        for (List<String> order : approved) {
            List<String> row = ledger.get(order.get(0));
            if (row == null) {
                violations.add(new Violation(Invariant.UNRESOLVED, "approved order " + order.get(0),
                        "approved by risk-service, unknown to execution-service", order));
            } else if (row.get(1).equals("SUBMITTING")) {
                violations.add(new Violation(Invariant.UNRESOLVED, "approved order " + order.get(0),
                        "still SUBMITTING at execution-service (" + row.get(2) + ")",
                        List.of(order.get(0), order.get(1), row.get(2))));
            }
        }
        checked.put(Invariant.UNRESOLVED, recommendationIds.size() + approved.size());
    }

    private void fillsRecorded(List<JsonNode> requests, Connection execution, Connection monitor,
                               Map<Invariant, Integer> checked, List<Violation> violations) throws SQLException {
        Set<String> parentIds = new TreeSet<>();
        requests.stream().map(r -> r.path("order_id")).filter(id -> id.isTextual() && !id.asText().isBlank())
                .forEach(id -> parentIds.add(id.asText()));
        parentIds.addAll(strings(execution, "SELECT broker_order_id FROM broker_order WHERE role <> 'LEG'"));
        Map<String, BigDecimal> executionFilled = decimals(execution,
                "SELECT broker_order_id, filled_quantity FROM broker_order");
        Map<String, BigDecimal> monitorFilled = decimals(monitor, "SELECT broker_order_id, sum(fill_quantity) "
                + "FROM order_event WHERE event_type IN ('FILL', 'PARTIAL_FILL') GROUP BY broker_order_id");
        Set<String> seen = new HashSet<>();
        int filledOrders = 0;
        JsonHttp broker = pipeline.simulatorApi();
        for (String parentId : parentIds) {
            JsonHttp.Reply reply = broker.get(pipeline.simulator().baseUrl() + "/v2/orders/" + parentId
                    + "?nested=true");
            if (reply.status() != 200) {
                continue;
            }
            List<JsonNode> orders = new ArrayList<>();
            orders.add(reply.body());
            reply.body().path("legs").forEach(orders::add);
            for (JsonNode order : orders) {
                String id = order.path("id").asText();
                BigDecimal filled = new BigDecimal(order.path("filled_qty").asText("0"));
                if (!seen.add(id) || filled.signum() == 0) {
                    continue;
                }
                filledOrders++;
                String clientOrderId = order.path("client_order_id").asText();
                List<String> ids = List.of(id, clientOrderId);
                BigDecimal atExecution = executionFilled.getOrDefault(id, BigDecimal.ZERO);
                BigDecimal atMonitor = monitorFilled.getOrDefault(id, BigDecimal.ZERO);
                if (atExecution.compareTo(filled) != 0) {
                    violations.add(new Violation(Invariant.FILL_NOT_RECORDED, "order " + id,
                            "broker filled " + filled.stripTrailingZeros().toPlainString() + " " + order.path("symbol")
                                    .asText() + ", execution-service's broker_order says " + atExecution
                                    .stripTrailingZeros().toPlainString(), ids));
                }
                if (atMonitor.compareTo(filled) != 0) {
                    violations.add(new Violation(Invariant.FILL_NOT_RECORDED, "order " + id,
                            "broker filled " + filled.stripTrailingZeros().toPlainString() + " " + order.path("symbol")
                                    .asText() + ", monitor-service's order_event fills sum to " + atMonitor
                                    .stripTrailingZeros().toPlainString(), ids));
                }
            }
        }
        checked.put(Invariant.FILL_NOT_RECORDED, filledOrders);
    }

    private void positionsAgree(Connection risk, Connection monitor, Map<Invariant, Integer> checked,
                                List<Violation> violations) throws SQLException {
        Map<String, BigDecimal> atBroker = new HashMap<>();
        for (JsonNode position : pipeline.simulatorApi().get(pipeline.simulator().baseUrl() + "/v2/positions")
                .expect(200).body()) {
            atBroker.put(position.path("symbol").asText(), new BigDecimal(position.path("qty").asText()));
        }
        String account = LocalPipeline.ACCOUNT;
        Map<String, Map<String, BigDecimal>> services = Map.of(
                "risk-service", decimals(risk, "SELECT symbol, quantity FROM account_position WHERE account_id = '"
                        + account + "'"),
                "monitor-service", decimals(monitor, "SELECT symbol, quantity FROM account_position "
                        + "WHERE account_id = '" + account + "'"));
        Set<String> symbols = new TreeSet<>(atBroker.keySet());
        services.values().forEach(positions -> symbols.addAll(positions.keySet()));
        for (String symbol : symbols) {
            BigDecimal broker = atBroker.getOrDefault(symbol, BigDecimal.ZERO);
            services.forEach((service, positions) -> {
                BigDecimal own = positions.getOrDefault(symbol, BigDecimal.ZERO);
                if (own.compareTo(broker) != 0) {
                    violations.add(new Violation(Invariant.POSITION_DISAGREES, symbol + " at " + service,
                            service + " holds " + own.stripTrailingZeros().toPlainString() + ", the broker "
                                    + broker.stripTrailingZeros().toPlainString(), List.of(symbol)));
                }
            });
        }
        checked.put(Invariant.POSITION_DISAGREES, symbols.size() * services.size());
    }

    private void criticalAlertsOnce(Connection alert, Map<Invariant, Integer> checked, List<Violation> violations,
                                    Map<String, Integer> notes) throws SQLException {
        List<List<String>> critical = rows(alert, "SELECT a.event_id::text, a.subject, coalesce(string_agg("
                + "d.channel || ':' || d.status, ',' ORDER BY d.channel), '') FROM received_alert a "
                + "LEFT JOIN alert_delivery d ON d.event_id = a.event_id WHERE a.priority IN ('CRITICAL', 'EMERGENCY') "
                + "AND a.collapsed_into IS NULL GROUP BY a.event_id, a.subject");
        for (List<String> row : critical) {
            String deliveries = row.get(2);
            if (deliveries.isEmpty() || !deliveries.contains("SENT")) {
                violations.add(new Violation(Invariant.CRITICAL_ALERT_NOT_ONCE, "alert " + row.get(0),
                        "'" + row.get(1) + "' not delivered (" + (deliveries.isEmpty() ? "no delivery" : deliveries)
                                + ")", List.of(row.get(0), row.get(1))));
            }
        }
        for (String channel : List.of("SLACK", "DISCORD")) {
            int sent = rows(alert, "SELECT d.id FROM alert_delivery d JOIN received_alert a ON a.event_id = d.event_id "
                    + "WHERE a.priority IN ('CRITICAL', 'EMERGENCY') AND upper(d.channel) = '" + channel
                    + "' AND d.status = 'SENT'")
                    .size();
            String path = channel.equals("SLACK") ? "/slack" : "/discord";
            long posted = pipeline.webhook().received().stream()
                    .filter(r -> r.path().startsWith(path) && (r.body().contains("[CRITICAL]")
                            || r.body().contains("[EMERGENCY]"))).count();
            notes.put("CRITICAL and EMERGENCY alerts posted to " + channel.toLowerCase(), (int) posted);
            if (posted > sent) {
                violations.add(new Violation(Invariant.CRITICAL_ALERT_NOT_ONCE, channel.toLowerCase(),
                        posted + " CRITICAL/EMERGENCY messages reached the " + channel.toLowerCase() + " webhook for "
                                + sent + " deliveries recorded SENT: " + (posted - sent) + " delivered twice",
                        List.of("CRITICAL")));
            }
        }
        checked.put(Invariant.CRITICAL_ALERT_NOT_ONCE, critical.size());
    }

    private void nothingPlacedWhileHalted(List<JsonNode> requests, Connection risk, Connection execution,
                                          Map<Invariant, Integer> checked, List<Violation> violations)
            throws SQLException {
        List<Instant[]> halts = new ArrayList<>();
        Instant haltedAt = null;
        try (PreparedStatement statement = risk.prepareStatement("SELECT state, changed_at FROM trading_state_history "
                + "WHERE account_id = ? ORDER BY changed_at, id")) {
            statement.setString(1, LocalPipeline.ACCOUNT);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Instant at = result.getTimestamp(2).toInstant();
                    boolean halted = result.getString(1).equals("HALTED");
                    if (halted && haltedAt == null) {
                        haltedAt = at;
                    } else if (!halted && haltedAt != null) {
                        halts.add(new Instant[] {haltedAt, at});
                        haltedAt = null;
                    }
                }
            }
        }
        if (haltedAt != null) {
            halts.add(new Instant[] {haltedAt, Instant.MAX});
        }
        // only entries: the kill switch's own closing orders are meant to go out while HALTED
        Set<String> entries = strings(execution, "SELECT client_order_id FROM order_ledger WHERE side = 'BUY' "
                + "OR side = 'buy'");
        int looked = 0;
        for (JsonNode request : requests) {
            String clientOrderId = request.path("client_order_id").asText();
            if (!entries.contains(clientOrderId)) {
                continue;
            }
            looked++;
            Instant at = Instant.parse(request.path("received_at").asText());
            for (Instant[] halt : halts) {
                if (at.isAfter(halt[0].plus(HALT_PROPAGATION)) && at.isBefore(halt[1])) {
                    violations.add(new Violation(Invariant.ORDER_WHILE_HALTED, clientOrderId,
                            "order request received at " + at + ", the account HALTED since " + halt[0],
                            List.of(clientOrderId)));
                }
            }
        }
        checked.put(Invariant.ORDER_WHILE_HALTED, looked);
    }

    private void servicesHealthy(Map<Invariant, Integer> checked, List<Violation> violations) {
        List<ServiceProcess> all = new ArrayList<>(pipeline.services());
        all.add(pipeline.simulator());
        for (ServiceProcess service : all) {
            int status = service.isAlive() ? service.healthStatus() : -1;
            if (status != 200) {
                violations.add(new Violation(Invariant.SERVICE_UNHEALTHY, service.name(),
                        service.isAlive() ? "/q/health answers " + status : "the process is not running",
                        List.of(service.name())));
            }
        }
        checked.put(Invariant.SERVICE_UNHEALTHY, all.size());
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        rows(connection, sql).forEach(row -> values.add(row.get(0)));
        return values;
    }

    private static Map<String, BigDecimal> decimals(Connection connection, String sql) throws SQLException {
        Map<String, BigDecimal> values = new HashMap<>();
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.put(result.getString(1), result.getBigDecimal(2) == null ? BigDecimal.ZERO
                        : result.getBigDecimal(2));
            }
        }
        return values;
    }

    private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
