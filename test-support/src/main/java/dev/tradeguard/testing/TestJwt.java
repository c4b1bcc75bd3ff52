package dev.tradeguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for tests. The RSA key pair is made fresh in each test JVM and never written anywhere but a temporary
 * file holding the public key, so no private key is ever committed: a token minted here is worthless outside the run.
 */
public final class TestJwt {
    public static final String ISSUER = "https://tradeguard.local/test";
    private static KeyPair keyPair;
    private static Path publicKeyFile;

    private TestJwt() {
    }

    /** A token for {@code user} with the given roles ({@code viewer}, {@code approver}, {@code risk-officer}, {@code admin}). */
    public static String token(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(10)).sign(keys().getPrivate());
    }

    /** A token signed by a key the services do not trust. */
    public static String tokenSignedByStranger(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).groups(Set.of(roles)).sign(generate().getPrivate());
    }

    /** A token that expired an hour ago. */
    public static String expiredToken(String user, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).upn(user).groups(Set.of(roles)).issuedAt(now - 7200).expiresAt(now - 3600)
                .sign(keys().getPrivate());
    }

    /** A valid token whose payload was changed after signing (here: roles upgraded to admin). */
    public static String tamperedToken(String user, String... roles) {
        String[] parts = token(user, roles).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"groups\":\\[[^\\]]*\\]", "\"groups\":[\"admin\"]");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The public key the run's tokens verify against (what a test checks a signature with). */
    public static PublicKey publicKey() {
        return keys().getPublic();
    }

    /** The PEM file of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("tradeguard-test-jwt", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, pem("PUBLIC KEY", keys().getPublic().getEncoded()));
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    /**
     * Writes the private key (PKCS#8 PEM) to {@code file}, for a process that mints the run's tokens itself (the
     * console): the file belongs to the caller's run directory and lives no longer than the run.
     */
    public static void writePrivateKeyPem(Path file) {
        try {
            Files.writeString(file, pem("PRIVATE KEY", keys().getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static synchronized KeyPair keys() {
        if (keyPair == null) {
            keyPair = generate();
        }
        return keyPair;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
