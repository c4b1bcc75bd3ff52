package dev.tradeguard.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Service;

/**
 * Where the tool finds the services and its token. One properties file ({@code $TRADEGUARD_CONFIG}, else
 * {@code $XDG_CONFIG_HOME/tradeguard/config.properties}, else {@code ~/.config/tradeguard/config.properties}); a key
 * may be prefixed by a profile name ({@code prod.gateway=…}), which wins over the bare key when that profile is chosen
 * ({@code --profile}, {@code TRADEGUARD_PROFILE} or {@code profile=} in the file). An environment variable overrides
 * both: {@code TRADEGUARD_} + the key upper-cased with dots and dashes as underscores ({@code risk.url} →
 * {@code TRADEGUARD_RISK_URL}).
 *
 * <p>A service's URL is its own {@code <service>.url}, else the {@code gateway} (Kubernetes: every path under one
 * host), else the local runtime's port on 127.0.0.1. Its health and metrics are on its management interface:
 * {@code <service>.management-url}, else its URL when that was given, else the local runtime's management port (the
 * service's port + 1000).
 */
public final class Settings {
    public static final String DEFAULT_PROFILE = "default";
    public static final String DEFAULT_ISSUER = "https://tradeguard.local";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    /** deploy/local puts each packaged service's management interface at its API port + 1000. */
    public static final int LOCAL_MANAGEMENT_OFFSET = 1000;

    private final Map<String, String> env;
    private final Properties file;
    private final Path configFile;
    private final String profile;

    private Settings(Map<String, String> env, Properties file, Path configFile, String profile) {
        this.env = env;
        this.file = file;
        this.configFile = configFile;
        this.profile = profile;
    }

    /** Reads the configuration file (a missing one is fine: the local runtime needs none). */
    public static Settings load(Map<String, String> env, String profileOption) {
        Path configFile = configFile(env);
        Properties properties = new Properties();
        if (Files.isRegularFile(configFile)) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new CliFailure(ExitCode.CONFIG, "the configuration file " + configFile + " cannot be read: "
                        + e.getMessage());
            }
        }
        String profile = firstNonBlank(profileOption, env.get("TRADEGUARD_PROFILE"), properties.getProperty("profile"),
                DEFAULT_PROFILE);
        return new Settings(env, properties, configFile, profile.strip());
    }

    static Path configFile(Map<String, String> env) {
        String explicit = env.get("TRADEGUARD_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return expandHome(explicit.strip(), env);
        }
        return configDirectory(env).resolve("config.properties");
    }

    static Path configDirectory(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home(env).resolve(".config");
        return base.resolve("tradeguard");
    }

    public Path configFile() {
        return configFile;
    }

    public String profile() {
        return profile;
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return "TRADEGUARD_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value of {@code key}: environment, then {@code <profile>.<key>}, then {@code <key>} in the file. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(firstNonBlank(env.get(envName(key)), file.getProperty(profile + "." + key),
                file.getProperty(key), null)).map(String::strip);
    }

    /** Where a setting came from, for messages that must say why the tool went where it went. */
    public String sourceOf(String key) {
        if (blank(env.get(envName(key))) && blank(file.getProperty(profile + "." + key))
                && blank(file.getProperty(key))) {
            return "default";
        }
        return !blank(env.get(envName(key))) ? envName(key)
                : configFile + (blank(file.getProperty(profile + "." + key)) ? " " + key : " " + profile + "." + key);
    }

    /** The base URL of a service, without a trailing slash. The broker simulator is never behind the gateway. */
    public URI url(Service service) {
        Optional<String> own = get(service.urlKey());
        Optional<String> gateway = service == Service.SIMULATOR ? Optional.empty() : get("gateway");
        String key = own.isPresent() || gateway.isEmpty() ? service.urlKey() : "gateway";
        return parseUrl(key, own.or(() -> gateway).orElse("http://127.0.0.1:" + service.localPort()));
    }

    /**
     * The broker simulator's Alpaca key pair ({@code simulator.key-id}, {@code simulator.secret-key}), else the local
     * runtime's (deploy/local: BROKER_SIMULATOR_KEY_ID / BROKER_SIMULATOR_SECRET_KEY, else its defaults).
     */
    public String simulatorKeyId() {
        return get("simulator.key-id").orElse(firstNonBlank(env.get("BROKER_SIMULATOR_KEY_ID"), null, null,
                "SIMULATOR-KEY"));
    }

    public String simulatorSecretKey() {
        return get("simulator.secret-key").orElse(firstNonBlank(env.get("BROKER_SIMULATOR_SECRET_KEY"), null, null,
                "SIMULATOR-SECRET"));
    }

    /** Where the service's health and metrics are (see the class comment). */
    public URI managementUrl(Service service) {
        Optional<String> own = get(service.managementUrlKey());
        if (own.isPresent()) {
            return parseUrl(service.managementUrlKey(), own.get());
        }
        if (!localDefaults(service)) {
            return url(service);
        }
        return parseUrl(service.managementUrlKey(), "http://127.0.0.1:" + (service.localPort()
                + LOCAL_MANAGEMENT_OFFSET));
    }

    /** Nothing configured for the service: the local runtime's ports are assumed. */
    public boolean localDefaults(Service service) {
        return get(service.urlKey()).isEmpty() && get(service.managementUrlKey()).isEmpty()
                && get("gateway").isEmpty();
    }

    private URI parseUrl(String key, String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new URISyntaxException(value, "must be an http:// or https:// URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CliFailure(ExitCode.CONFIG, key + " (" + sourceOf(key) + ") is not a usable URL: '" + value
                    + "': " + e.getReason());
        }
    }

    /** True when the service's health is asked through the gateway, which routes only the API paths (not /q/…). */
    public boolean viaGateway(Service service) {
        return get(service.urlKey()).isEmpty() && get(service.managementUrlKey()).isEmpty()
                && get("gateway").isPresent();
    }

    public Duration timeout() {
        Optional<String> value = get("timeout");
        if (value.isEmpty()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            Duration timeout = Duration.parse("PT" + value.get().toUpperCase(Locale.ROOT));
            if (timeout.isNegative() || timeout.isZero()) {
                throw new DateTimeParseException("not positive", value.get(), 0);
            }
            return timeout;
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCode.CONFIG, "timeout (" + sourceOf("timeout") + ") must be a positive duration"
                    + " like 15s or 1m, got '" + value.get() + "'");
        }
    }

    /** The account commands act on when no --account is given. */
    public Optional<String> defaultAccount() {
        return get("account");
    }

    /** The token file {@code login} writes and every command reads: {@code token-file}, else one per profile. */
    public Path tokenFile() {
        return get("token-file").map(value -> expandHome(value, env))
                .orElse(configDirectory(env).resolve("token-" + profile));
    }

    /** The bearer token: {@code token} (TRADEGUARD_TOKEN), else the token file; empty when there is none. */
    public Optional<String> token() {
        Optional<String> direct = get("token");
        if (direct.isPresent()) {
            return direct;
        }
        Path tokenFile = tokenFile();
        if (!Files.isRegularFile(tokenFile)) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIG, "the token file " + tokenFile + " cannot be read: " + e.getMessage());
        }
    }

    /** The local runtime's data directory (deploy/local/common.sh): its jwt/private.pem signs local tokens. */
    public Optional<Path> dataDirectory() {
        return get("data-dir").map(value -> expandHome(value, env));
    }

    public String jwtIssuer() {
        return get("jwt-issuer").orElse(DEFAULT_ISSUER);
    }

    public String user() {
        return firstNonBlank(env.get("USER"), env.get("USERNAME"), null, "operator");
    }

    private static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    private static Path expandHome(String value, Map<String, String> env) {
        return value.startsWith("~/") ? home(env).resolve(value.substring(2)) : Path.of(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstNonBlank(String a, String b, String c, String fallback) {
        for (String value : new String[] {a, b, c}) {
            if (!blank(value)) {
                return value;
            }
        }
        return fallback;
    }
}
