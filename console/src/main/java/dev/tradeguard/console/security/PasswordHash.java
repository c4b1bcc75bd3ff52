package dev.tradeguard.console.security;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Prints the bcrypt hash of a password for {@code tradeguard.console.users."NAME".password-hash}; the local runtime
 * uses it: {@code java -cp 'console/target/quarkus-app/app/*:console/target/quarkus-app/lib/main/*'
 * dev.tradeguard.console.security.PasswordHash} with the password on standard input.
 */
public final class PasswordHash {
    private PasswordHash() {
    }

    public static void main(String[] args) throws java.io.IOException {
        String password = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (password.length() < 8) {
            System.err.println("password: must be at least 8 characters, got " + password.length());
            System.exit(2);
        }
        System.out.println(BcryptUtil.bcryptHash(password));
    }
}
