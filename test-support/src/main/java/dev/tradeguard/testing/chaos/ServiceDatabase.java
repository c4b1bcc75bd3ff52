package dev.tradeguard.testing.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tradeguard.testing.pipeline.ServiceProcess;

/**
 * The database a pipeline service runs on, read from the command line its process was started with (the first line of
 * its log): the pipeline hands each service a fresh database and does not otherwise name it.
 */
public record ServiceDatabase(String service, String jdbcUrl, String user, String password) {
    private static final Pattern URL = Pattern.compile("-Dquarkus\\.datasource\\.jdbc\\.url=(\\S+)");
    private static final Pattern USER = Pattern.compile("-Dquarkus\\.datasource\\.username=(\\S*)");
    private static final Pattern PASSWORD = Pattern.compile("-Dquarkus\\.datasource\\.password=(\\S*)");

    public static ServiceDatabase of(ServiceProcess process) {
        String start;
        try (var lines = Files.lines(process.log())) {
            start = lines.filter(line -> line.startsWith("=== start:")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(process.name() + " has not been started"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher url = URL.matcher(start);
        if (!url.find()) {
            throw new IllegalStateException(process.name() + " was started without a datasource URL");
        }
        return new ServiceDatabase(process.name(), url.group(1), group(USER, start), group(PASSWORD, start));
    }

    private static String group(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        return matcher.find() ? matcher.group(1) : "";
    }

    public String name() {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Closes every connection the service has to its database, from the server side; returns how many. */
    public int terminateConnections() {
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(server, user, password);
                var statement = connection.prepareStatement("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) "
                        + "FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            statement.setString(1, name());
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot terminate the connections to " + name() + ": " + e.getMessage(), e);
        }
    }
}
