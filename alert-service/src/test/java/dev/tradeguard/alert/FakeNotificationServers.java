package dev.tradeguard.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Local servers speaking the real protocols of alert-service's channels: WireMock plays Slack's and Discord's
 * incoming webhooks and Twilio's REST API, GreenMail an SMTP server (read back over IMAP). Both listen on free
 * loopback ports; tests find them through the {@code fake.*} properties.
 */
public class FakeNotificationServers implements QuarkusTestResourceLifecycleManager {
    public static final String SLACK_PATH = "/services/T0TRADEGUARD/B0ALERTS/slack-secret-token";
    public static final String DISCORD_PATH = "/api/webhooks/1234567890/discord-secret-token";
    public static final String TWILIO_SID = "AC00000000000000000000000000000001";
    public static final String TWILIO_TOKEN = "twilio-secret-auth-token";
    public static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json";
    public static final String CALLS_PATH = "/2010-04-01/Accounts/" + TWILIO_SID + "/Calls.json";
    public static final String OWNER_PHONE = "+15550001111";
    public static final String TWILIO_NUMBER = "+15550002222";
    public static final String OWNER_EMAIL = "owner@tradeguard.test";

    private WireMockServer wireMock;
    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        wireMock = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        stubHappyPaths(wireMock);
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort() });
        greenMail.start();
        greenMail.setUser(OWNER_EMAIL, OWNER_EMAIL, "owner-password");

        String base = "http://127.0.0.1:" + wireMock.port();
        Map<String, String> config = new HashMap<>();
        config.put("tradeguard.alert.slack.webhook-url", base + SLACK_PATH);
        config.put("tradeguard.alert.discord.webhook-url", base + DISCORD_PATH);
        config.put("tradeguard.alert.twilio.base-url", base);
        config.put("tradeguard.alert.twilio.account-sid", TWILIO_SID);
        config.put("tradeguard.alert.twilio.auth-token", TWILIO_TOKEN);
        config.put("tradeguard.alert.twilio.from", TWILIO_NUMBER);
        config.put("tradeguard.alert.twilio.to", OWNER_PHONE);
        config.put("tradeguard.alert.email.to", OWNER_EMAIL);
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()));
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("fake.wiremock.port", String.valueOf(wireMock.port()));
        config.put("fake.imap.port", String.valueOf(greenMail.getImap().getPort()));
        return config;
    }

    /** What the real services answer when all is well. */
    static void stubHappyPaths(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo(SLACK_PATH)).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("ok")));
        server.stubFor(post(urlPathEqualTo(DISCORD_PATH)).atPriority(10).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathEqualTo(MESSAGES_PATH)).atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"SM00000000000000000000000000000001\",\"status\":\"queued\"}")));
        server.stubFor(post(urlPathEqualTo(CALLS_PATH)).atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"CA00000000000000000000000000000001\",\"status\":\"queued\"}")));
    }

    @Override
    public void stop() {
        if (wireMock != null) {
            wireMock.stop();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
