import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates TradeGuard's topics and their .dlq topics on the local broker, leaving existing ones alone. Run by kafka.sh
 * as a single-file source program on the broker's classpath: one JVM instead of one per topic.
 * Arguments: bootstrap-servers partitions topic...
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                String topic = args[i];
                NewTopic main = new NewTopic(topic, partitions, (short) 1);
                if (topic.equals("trading-state")) {
                    main.configs(Map.of("cleanup.policy", "compact"));
                }
                for (NewTopic candidate : List.of(main, new NewTopic(topic + ".dlq", 1, (short) 1))) {
                    if (!existing.contains(candidate.name())) {
                        missing.add(candidate);
                    }
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            for (NewTopic topic : missing) {
                System.out.println("[tradeguard] created topic " + topic.name());
            }
        }
    }
}
