package dev.tradeguard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

/**
 * A fresh, empty database for one test run on the PostgreSQL server at 127.0.0.1:5432 (or where
 * {@code TRADEGUARD_TEST_PG_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} say), dropped when the run ends.
 * With {@code TRADEGUARD_TEST_POSTGRES=testcontainers} it starts a PostgreSQL container instead, for machines that
 * have a Docker engine and no local server.
 */
public final class PostgresDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PostgresDatabase.class);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable dropper;

    private PostgresDatabase(String jdbcUrl, String user, String password, Runnable dropper) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
    }

    /** Creates {@code tg_<prefix>_test_<time>_<random>}; the prefix names the service. */
    public static PostgresDatabase create(String prefix) {
        if ("testcontainers".equalsIgnoreCase(System.getenv("TRADEGUARD_TEST_POSTGRES"))) {
            return inContainer();
        }
        String host = env("TRADEGUARD_TEST_PG_HOST", "127.0.0.1");
        String port = env("TRADEGUARD_TEST_PG_PORT", "5432");
        String user = env("TRADEGUARD_TEST_PG_USER", "postgres");
        String password = env("TRADEGUARD_TEST_PG_PASSWORD", "");
        String name = "tg_" + prefix.replaceAll("[^a-z0-9]", "_") + "_test_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        execute(server + "postgres", user, password, "CREATE DATABASE " + name);
        LOG.infof("Test database %s created on %s:%s", name, host, port);
        return new PostgresDatabase(server + name, user, password,
                () -> execute(server + "postgres", user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static PostgresDatabase inContainer() {
        @SuppressWarnings("resource")
        org.testcontainers.postgresql.PostgreSQLContainer container =
                new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15-alpine");
        container.start();
        return new PostgresDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                container::stop);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " as " + user + " refused '" + sql
                    + "': " + e.getMessage() + " (is the server running? set TRADEGUARD_TEST_PG_HOST/_PORT/_USER)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Quarkus datasource settings pointing at this database. */
    public Map<String, String> quarkusConfig() {
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    @Override
    public void close() {
        dropper.run();
    }
}
