package dev.tradeguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metric names the Grafana dashboards ({@code deploy/grafana/*.json}) and the Prometheus rules
 * ({@code deploy/helm/tradeguard/files/prometheus-rules.yaml}) query, so each service's tests can prove that the
 * names it owns really exist in its {@code /q/metrics}.
 */
public final class DashboardMetrics {
    private static final Pattern EXPR = Pattern.compile("\"expr\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|^\\s*expr:\\s*(.+)$",
            Pattern.MULTILINE);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "count", "by", "without", "on",
            "ignoring", "group_left", "group_right", "rate", "irate", "increase", "absent", "and", "or", "unless",
            "histogram_quantile", "label_values", "offset", "bool", "topk", "bottomk", "abs", "clamp_min", "clamp_max",
            "delta", "deriv", "time", "vector", "scalar", "humanizePercentage");

    private DashboardMetrics() {
    }

    /** The repository root, found from the current module's directory. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/helm/tradeguard"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find deploy/helm/tradeguard above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Every metric name queried by a dashboard or a rule (Prometheus' own {@code up} excluded). */
    public static Set<String> referenced() {
        Path root = repositoryRoot();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> dashboards = Files.list(root.resolve("deploy/helm/tradeguard/dashboards"))) {
            for (Path file : dashboards.filter(p -> p.toString().endsWith(".json")).toList()) {
                collect(Files.readString(file), names);
            }
            collect(Files.readString(root.resolve("deploy/helm/tradeguard/files/prometheus-rules.yaml")), names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.remove("up");
        return names;
    }

    private static void collect(String text, Set<String> names) {
        Matcher expr = EXPR.matcher(text);
        while (expr.find()) {
            String query = (expr.group(1) != null ? expr.group(1) : expr.group(2))
                    .replace("\\\"", "\"")
                    .replaceAll("\\{[^}]*}", " ")
                    .replaceAll("\\[[^]]*]", " ")
                    .replaceAll("\"[^\"]*\"", " ")
                    .replaceAll("(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
            Matcher identifier = IDENTIFIER.matcher(query);
            while (identifier.find()) {
                String name = identifier.group();
                if (name.contains("_") && !PROMQL_WORDS.contains(name) && !name.matches("\\d.*")) {
                    names.add(name);
                }
            }
        }
    }

    /** The metric names in a Prometheus exposition ({@code /q/metrics}). */
    public static Set<String> exposed(String metricsText) {
        Set<String> names = new TreeSet<>();
        for (String line : metricsText.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Matcher name = IDENTIFIER.matcher(line);
                if (name.lookingAt()) {
                    names.add(name.group());
                }
            }
        }
        return names;
    }
}
