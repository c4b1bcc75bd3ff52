package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tradeguard.model.Topics;
import dev.tradeguard.testing.DashboardMetrics;
import dev.tradeguard.testing.TestKafka;
import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.LocalPipeline;
import dev.tradeguard.testing.pipeline.ServiceProcess;

/**
 * Every metric the Grafana dashboards and the Prometheus rules query exists in the {@code /q/metrics} of the running
 * services, after the other scenarios traded, halted and resumed through them.
 */
@Order(5)
@ExtendWith(Pipeline.Extension.class)
class DashboardMetricsIT {

    @Test
    void everyMetricTheDashboardsAndRulesQueryIsExposedByARunningService() {
        LocalPipeline pipeline = Pipeline.get();
        // one dead letter, so the dead-letter counter exists even on a pipeline that never saw a bad record
        TestKafka.send(Topics.ALERTS, LocalPipeline.ACCOUNT, "{\"broken\"");
        TestKafka.await(Topics.dlq(Topics.ALERTS), 1, r -> LocalPipeline.ACCOUNT.equals(r.key()), Pipeline.PATIENCE);

        Set<String> exposed = new TreeSet<>();
        for (ServiceProcess service : pipeline.services()) {
            String metrics = JsonHttp.anonymous().get(service.managementUrl() + "/q/metrics").expect(200).text();
            exposed.addAll(DashboardMetrics.exposed(metrics));
        }
        Set<String> referenced = DashboardMetrics.referenced();
        assertThat(referenced).isNotEmpty();
        Set<String> missing = new TreeSet<>(referenced);
        missing.removeAll(exposed);
        assertThat(missing).as("queried by a dashboard or rule but exposed by no running service").isEmpty();
    }
}
