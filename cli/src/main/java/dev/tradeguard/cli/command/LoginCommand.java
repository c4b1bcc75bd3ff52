package dev.tradeguard.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stores the bearer token every later command sends. For the local runtime it mints one exactly as
 * deploy/local/jwt.sh does (RS256 with the runtime's key, issuer, upn, groups, 12 h); elsewhere it stores the token
 * your identity provider issued.
 */
@Command(name = "login", description = {"Local runtime: mint a token signed with <data-dir>/jwt/private.pem, as"
        + " deploy/local/jwt.sh does. Elsewhere: store a token you were given (--token or --token-stdin).",
    "The token goes to the profile's token file (default ~/.config/tradeguard/token-<profile>, mode 600)."})
public final class LoginCommand extends CliCommand {
    @Option(names = "--user", description = "Who the token names (default: $USER)")
    String user;

    @Option(names = "--role", split = ",", defaultValue = "admin",
            description = "Roles: viewer, approver, risk-officer, admin (repeatable or comma-separated; default"
                    + " ${DEFAULT-VALUE})")
    List<String> roles;

    @Option(names = "--hours", defaultValue = "12", description = "Lifetime of a minted token (default ${DEFAULT-VALUE})")
    int hours;

    @Option(names = "--key", paramLabel = "PEM", description = "Signing key (default: <data-dir>/jwt/private.pem;"
            + " data-dir: TRADEGUARD_DATA_DIR, set by the launcher to the clone's .local)")
    Path key;

    @Option(names = "--token", description = "Store this token instead of minting one")
    String token;

    @Option(names = "--token-stdin", description = "Read the token to store from standard input")
    boolean tokenFromStdin;

    @Override
    public Integer call() {
        String stored;
        String what;
        if (token != null || tokenFromStdin) {
            stored = token != null ? token.strip() : readStdin();
            if (stored.split("\\.").length != 3) {
                throw new CliFailure(ExitCode.USAGE, "that is not a JWT (three dot-separated parts): nothing stored");
            }
            what = "the given token";
        } else {
            Path signingKey = key != null ? key : settings().dataDirectory().map(dir -> dir.resolve("jwt/private.pem"))
                    .orElseThrow(() -> new CliFailure(ExitCode.CONFIG, "no signing key: give --key, or set"
                            + " TRADEGUARD_DATA_DIR (or data-dir= in " + settings().configFile() + ") to the local"
                            + " runtime's data directory, or store a token with --token"));
            String subject = user != null ? user : settings().user();
            Instant now = Instant.now();
            Instant expires = now.plus(Duration.ofHours(Math.max(1, hours)));
            stored = mint(readKey(signingKey), settings().jwtIssuer(), subject, roles, now, expires);
            what = "a token for " + subject + " (" + String.join(", ", roles) + ") valid until " + expires;
        }
        Path file = settings().tokenFile();
        write(file, stored);
        out().printf("stored %s in %s (profile %s)%n", what, file, settings().profile());
        return ExitCode.OK;
    }

    /** An RS256 JWT with the claims deploy/local/jwt.sh puts in. */
    static String mint(PrivateKey key, String issuer, String user, List<String> roles, Instant issuedAt,
            Instant expiresAt) {
        ObjectNode header = Api.JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        ObjectNode payload = Api.JSON.createObjectNode().put("iss", issuer).put("sub", user).put("upn", user);
        roles.forEach(payload.putArray("groups")::add);
        payload.put("iat", issuedAt.getEpochSecond()).put("exp", expiresAt.getEpochSecond());
        String signingInput = base64Url(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new CliFailure(ExitCode.CONFIG, "the token could not be signed: " + e.getMessage());
        }
    }

    /** A PKCS#8 PEM ("BEGIN PRIVATE KEY", what openssl genpkey writes) RSA key. */
    static PrivateKey readKey(Path pem) {
        String text;
        try {
            text = Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIG, "the signing key " + pem + " cannot be read: " + e.getMessage()
                    + " (deploy/local/jwt.sh keys makes one)");
        }
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new CliFailure(ExitCode.CONFIG, "the signing key " + pem + " is not a PKCS#8 PEM private key"
                    + " (-----BEGIN PRIVATE KEY-----); convert it with: openssl pkcs8 -topk8 -nocrypt -in " + pem);
        }
        String base64 = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
                text.indexOf("-----END PRIVATE KEY-----")).replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CliFailure(ExitCode.CONFIG, "the signing key " + pem + " is not an RSA private key: "
                    + e.getMessage());
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String readStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line.strip();
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "no token on standard input: " + e.getMessage());
        }
    }

    private static void write(Path file, String token) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIG, "the token could not be stored in " + file + ": " + e.getMessage());
        }
    }
}
