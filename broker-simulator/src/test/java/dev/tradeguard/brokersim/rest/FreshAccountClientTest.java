package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.AlpacaClients;
import dev.tradeguard.brokersim.SimulatorAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import net.jacobpeterson.alpaca.AlpacaAPI;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/** What a test through the real Alpaca client starts from: a new account, the clock stepped at Tuesday 10:00. */
abstract class FreshAccountClientTest {

    @TestHTTPResource("/")
    URL simulator;

    AlpacaAPI alpaca;

    @BeforeEach
    void freshAccount() {
        SimulatorAdmin.resetSteppedAt(simulator, SimulatorAdmin.TUESDAY_10AM);
        alpaca = AlpacaClients.pointedAt(simulator);
    }
}
