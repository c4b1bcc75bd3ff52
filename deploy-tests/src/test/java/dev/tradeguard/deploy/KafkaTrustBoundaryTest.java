package dev.tradeguard.deploy;

import static dev.tradeguard.deploy.HelmChartTest.SERVICES;
import static dev.tradeguard.deploy.HelmChartTest.named;
import static dev.tradeguard.deploy.HelmChartTest.ofKind;
import static dev.tradeguard.deploy.HelmChartTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Kafka is a trust boundary (issue 23): whoever can write recommendations or approved-orders can drive orders. The
 * rendered chart's KafkaUsers must grant each service exactly what its own code and configuration do on Kafka — so a
 * new channel, outbox topic or dead-letter topic fails here until its ACL is in the chart — and the Strimzi manifests
 * must admit clients only over mutual TLS.
 */
class KafkaTrustBoundaryTest {
    static List<JsonNode> defaults;
    static List<JsonNode> clusterManifests;

    @BeforeAll
    static void renderChartAndReadClusterManifests() throws IOException {
        defaults = render(t -> t);
        clusterManifests = new ArrayList<>();
        for (String file : List.of("k8s/base/kafka.yaml", "k8s/base/topics.yaml")) {
            try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class)
                    .readValues(Files.readString(Deploy.ROOT.resolve(file)))) {
                while (docs.hasNext()) {
                    JsonNode doc = docs.next();
                    if (doc != null && !doc.isEmpty()) {
                        clusterManifests.add(doc);
                    }
                }
            }
        }
    }

    /** "topic:approved-orders Write" etc.: every permission the expected use needs, nothing more. */
    static Set<String> permissionsNeeded(KafkaUse use) {
        Set<String> needed = new TreeSet<>();
        use.reads().forEach(topic -> needed.addAll(List.of("topic:" + topic + " Read", "topic:" + topic + " Describe")));
        use.writes().forEach(topic -> needed.addAll(List.of("topic:" + topic + " Write", "topic:" + topic + " Describe")));
        if (!use.reads().isEmpty()) {
            needed.addAll(List.of("group:" + use.group() + " Read", "group:" + use.group() + " Describe"));
        }
        return needed;
    }

    /** The permissions a rendered KafkaUser grants, each literal (a prefix or "*" is reported as such and fails). */
    static Set<String> permissionsGranted(JsonNode user) {
        Set<String> granted = new TreeSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            JsonNode resource = acl.path("resource");
            String pattern = resource.path("patternType").asText("literal");
            String name = resource.path("type").asText() + ":" + resource.path("name").asText()
                    + ("literal".equals(pattern) ? "" : " (" + pattern + ")");
            acl.path("operations").forEach(op -> granted.add(name + " " + op.asText()));
            if (acl.has("operation")) {
                granted.add(name + " " + acl.path("operation").asText());
            }
            if (!"*".equals(acl.path("host").asText("*"))) {
                granted.add(name + " host " + acl.path("host").asText());
            }
        }
        return granted;
    }

    /** Per service, what its KafkaUser lacks ("missing …") or grants beyond its use ("extra …"); empty when exact. */
    static Map<String, List<String>> aclDifferences(List<JsonNode> rendered) {
        Map<String, List<String>> differences = new TreeMap<>();
        for (String service : SERVICES) {
            Set<String> needed = permissionsNeeded(KafkaUse.of(service));
            Set<String> granted = permissionsGranted(named(rendered, "KafkaUser", service));
            List<String> wrong = new ArrayList<>();
            needed.stream().filter(p -> !granted.contains(p)).forEach(p -> wrong.add("missing " + p));
            granted.stream().filter(p -> !needed.contains(p)).forEach(p -> wrong.add("extra " + p));
            if (!wrong.isEmpty()) {
                differences.put(service, wrong);
            }
        }
        return differences;
    }

    @Test
    void everyServicesKafkaUserGrantsExactlyTheTopicsItsCodeProducesAndConsumes() {
        assertEquals(Map.of(), aclDifferences(defaults));
        assertEquals(SERVICES.size(), ofKind(defaults, "KafkaUser").size());
    }

    @Test
    void theAclMatrixIsTheBriefsTopicTable() {
        // Spelled out once, so a change to who may write an order-driving topic is a visible change here.
        Map<String, String> matrix = new TreeMap<>();
        for (String service : SERVICES) {
            KafkaUse use = KafkaUse.of(service);
            matrix.put(service, "reads " + use.reads() + " writes " + use.writes());
        }
        assertEquals(Map.of(
                "recommendation-service", "reads [] writes [alerts, recommendations]",
                "risk-service", "reads [fills, positions, recommendations] writes [alerts, approved-orders, "
                        + "fills.dlq, positions.dlq, recommendations.dlq, trading-state]",
                "execution-service", "reads [approved-orders, trading-state] writes [alerts, approved-orders.dlq, "
                        + "fills, positions, trading-state.dlq]",
                "monitor-service", "reads [fills, positions, recommendations, trading-state] writes [alerts, "
                        + "fills.dlq, positions.dlq, recommendations.dlq, trading-state.dlq]",
                "alert-service", "reads [alerts] writes [alerts, alerts.dlq]"), matrix);
        assertTrue(writersOf("approved-orders").equals(Set.of("risk-service")), "only risk-service approves orders");
        assertTrue(writersOf("recommendations").equals(Set.of("recommendation-service")),
                "only recommendation-service takes trade ideas in");
    }

    @Test
    void aTopicTheChartDoesNotGrantIsReportedByName() throws IOException {
        // as if risk-service's code gained the fills channel and nobody told the chart
        List<JsonNode> withoutFills = render(t -> t.set("services.risk-service.kafka.consumes[0]", "positions")
                .set("services.risk-service.kafka.consumes[1]", "recommendations"));
        Map<String, List<String>> differences = aclDifferences(withoutFills);
        assertEquals(Set.of("risk-service"), differences.keySet(), differences.toString());
        assertTrue(differences.get("risk-service").containsAll(List.of("missing topic:fills Read",
                "missing topic:fills.dlq Write")), differences.toString());
    }

    @Test
    void everyTopicTheCodeNamesIsOneTheServiceMayUse() {
        for (String service : SERVICES) {
            KafkaUse use = KafkaUse.of(service);
            Set<String> allowed = new TreeSet<>(use.reads());
            allowed.addAll(use.writes());
            Set<String> unaccounted = new TreeSet<>(use.topicsNamedInCode());
            unaccounted.removeAll(allowed);
            assertEquals(Set.of(), unaccounted, service + " names a topic it neither consumes (a channel) nor writes "
                    + "(a channel or an outbox write): how does it use it?");
        }
    }

    @Test
    void everyChannelTheCodeDeclaresIsConfiguredWithItsTopic() {
        for (String service : SERVICES) {
            assertEquals(Set.of(), KafkaUse.of(service).unconfiguredChannels(), service + "'s Channels without a "
                    + "mp.messaging.*.<channel>.topic: Quarkus would attach them to a topic of the channel's name");
        }
    }

    @Test
    void everyEventTopicHasAWriterAReaderAndADeadLetterTopicAndEveryAclNamesADeclaredTopic() {
        Set<String> declared = ofKind(clusterManifests, "KafkaTopic").stream()
                .map(t -> t.at("/metadata/name").asText()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> eventTopics = new TreeSet<>(KafkaUse.topicConstants().values());
        for (String topic : eventTopics) {
            assertTrue(declared.contains(topic) && declared.contains(topic + ".dlq"), topic + " in k8s/base/topics.yaml");
            assertFalse(writersOf(topic).isEmpty(), topic + " has no writer");
            assertFalse(SERVICES.stream().filter(s -> KafkaUse.of(s).reads().contains(topic)).toList().isEmpty(),
                    topic + " has no reader");
        }
        for (JsonNode user : ofKind(defaults, "KafkaUser")) {
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                if ("topic".equals(acl.at("/resource/type").asText())) {
                    assertTrue(declared.contains(acl.at("/resource/name").asText()), acl.toString());
                }
            }
        }
    }

    @Test
    void servicesConnectOverMutualTlsAsTheirOwnUserInTheirOwnGroup() {
        int tlsPort = tlsListener().path("port").asInt();
        for (String service : SERVICES) {
            JsonNode config = named(defaults, "ConfigMap", service).path("data");
            assertTrue(config.path("KAFKA_BOOTSTRAP_SERVERS").asText().endsWith(":" + tlsPort), service);
            assertEquals("SSL", config.path("KAFKA_SECURITY_PROTOCOL").asText(), service);
            assertEquals(KafkaUse.of(service).group(), config.path("KAFKA_GROUP_ID").asText(), service);
            JsonNode deployment = named(defaults, "Deployment", service);
            Set<String> secrets = HelmChartTest.secretsOf(deployment);
            assertTrue(secrets.contains(service) && secrets.contains("tradeguard-cluster-ca-cert"), service + secrets);
            SERVICES.stream().filter(other -> !other.equals(service))
                    .forEach(other -> assertFalse(secrets.contains(other), service + " mounts " + other + "'s cert"));
            JsonNode user = named(defaults, "KafkaUser", service);
            assertEquals("tls", user.at("/spec/authentication/type").asText(), service);
            assertEquals("tradeguard", user.at("/metadata/labels").path("strimzi.io/cluster").asText(), service);
            assertEquals("true", deployment.at("/spec/template/metadata/labels").path("tradeguard.dev/kafka-client")
                    .asText(), service);
        }
    }

    @Test
    void theBrokersAdmitClientsOnlyOverMutualTlsWithSimpleAuthorization() {
        JsonNode kafka = named(clusterManifests, "Kafka", "tradeguard");
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            assertTrue(listener.path("tls").asBoolean(), "plaintext listener: " + listener);
            assertEquals("tls", listener.at("/authentication/type").asText(), "unauthenticated listener: " + listener);
        }
        assertEquals("simple", kafka.at("/spec/kafka/authorization/type").asText());
        assertTrue(kafka.at("/spec/kafka/authorization/superUsers").isMissingNode(), "no super users");
        assertFalse(kafka.at("/spec/kafka/config/allow.everyone.if.no.acl.found").asBoolean(false));
        assertFalse(kafka.at("/spec/entityOperator/userOperator").isMissingNode(), "the User Operator issues the certs");
        assertEquals("true", tlsListener().at("/networkPolicyPeers/0/podSelector/matchLabels")
                .path("tradeguard.dev/kafka-client").asText());
    }

    @Test
    void onlyTheServicesReachTheBrokersClientListener() {
        int tlsPort = tlsListener().path("port").asInt();
        JsonNode brokers = named(defaults, "NetworkPolicy", "tradeguard-kafka-clients");
        JsonNode rules = brokers.at("/spec/ingress");
        JsonNode clients = rules.path(0);
        assertEquals("true", clients.at("/from/0/podSelector/matchLabels").path("tradeguard.dev/kafka-client").asText());
        assertEquals(1, clients.path("from").size());
        assertEquals(tlsPort, clients.at("/ports/0/port").asInt());
        for (int i = 1; i < rules.size(); i++) {
            JsonNode rule = rules.path(i);
            assertTrue(rule.path("ports").isMissingNode(), "the cluster's own traffic, not clients: " + rule);
            rule.path("from").forEach(peer -> assertFalse(peer.toString().contains("kafka-client"), rule.toString()));
        }
        for (String service : SERVICES) {
            String egress = named(defaults, "NetworkPolicy", service).at("/spec/egress").toString();
            assertTrue(egress.contains("\"port\":" + tlsPort), service + " " + egress);
            assertFalse(egress.contains("\"port\":9092"), service + " still reaches a plaintext port: " + egress);
        }
    }

    private static JsonNode tlsListener() {
        for (JsonNode listener : named(clusterManifests, "Kafka", "tradeguard").at("/spec/kafka/listeners")) {
            if (listener.path("tls").asBoolean()) {
                return listener;
            }
        }
        throw new AssertionError("no TLS listener in k8s/base/kafka.yaml");
    }

    private static Set<String> writersOf(String topic) {
        return SERVICES.stream().filter(s -> KafkaUse.of(s).writes().contains(topic)).collect(Collectors.toSet());
    }
}
