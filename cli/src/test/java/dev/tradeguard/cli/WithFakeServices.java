package dev.tradeguard.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh set of fake services and an empty home directory for every test. */
abstract class WithFakeServices {
    @TempDir
    Path home;

    FakeServices services;

    @BeforeEach
    void startFakeServices() {
        services = new FakeServices(home);
    }

    @AfterEach
    void stopFakeServices() {
        services.close();
    }
}
