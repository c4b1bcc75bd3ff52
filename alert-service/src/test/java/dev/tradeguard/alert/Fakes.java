package dev.tradeguard.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** What the fake Slack, Discord, Twilio and SMTP servers received, read back over their own protocols. */
public final class Fakes {
    private Fakes() {
    }

    /** A fresh token to put in an alert's subject, so a test finds exactly its own messages. */
    public static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public static WireMock wireMock() {
        return new WireMock("127.0.0.1", ConfigProvider.getConfig().getValue("fake.wiremock.port", Integer.class));
    }

    public static List<LoggedRequest> requests(String path, String token) {
        return wireMock().find(postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing(token)));
    }

    public static List<LoggedRequest> slack(String token) {
        return requests(FakeNotificationServers.SLACK_PATH, token);
    }

    public static List<LoggedRequest> discord(String token) {
        return requests(FakeNotificationServers.DISCORD_PATH, token);
    }

    public static List<LoggedRequest> sms(String token) {
        return requests(FakeNotificationServers.MESSAGES_PATH, token);
    }

    public static List<LoggedRequest> calls(String token) {
        return requests(FakeNotificationServers.CALLS_PATH, token);
    }

    /** One email in the owner's mailbox; {@code parts}: its non-text parts as "content-type content-id". */
    public record Email(String subject, List<String> to, String from, String html, String text, List<String> parts) {
    }

    /** The emails in the owner's mailbox whose subject contains {@code token}. */
    public static List<Email> emails(String token) {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", "imap");
        Session session = Session.getInstance(properties);
        int port = ConfigProvider.getConfig().getValue("fake.imap.port", Integer.class);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, FakeNotificationServers.OWNER_EMAIL, "owner-password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Email> found = new ArrayList<>();
            for (Message fetched : inbox.getMessages()) {
                // Parse the raw message here rather than trust the IMAP server's summary of its structure.
                Message message = new MimeMessage((MimeMessage) fetched);
                if (message.getSubject() == null || !message.getSubject().contains(token)) {
                    continue;
                }
                StringBuilder html = new StringBuilder();
                StringBuilder text = new StringBuilder();
                List<String> inline = new ArrayList<>();
                collect(message, html, text, inline);
                List<String> to = new ArrayList<>();
                for (var address : message.getAllRecipients()) {
                    to.add(((InternetAddress) address).getAddress());
                }
                found.add(new Email(message.getSubject(), to, message.getFrom()[0].toString(), html.toString(),
                        text.toString(), inline));
            }
            inbox.close(false);
            return found;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the fake mailbox", e);
        }
    }

    private static void collect(Part part, StringBuilder html, StringBuilder text, List<String> inline)
            throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), html, text, inline);
            }
        } else {
            String[] contentId = part.getHeader("Content-ID");
            inline.add(part.getContentType().split(";")[0].trim().toLowerCase() + " "
                    + (contentId == null ? "(no Content-ID)" : contentId[0]));
        }
    }

    /** Lines of the local alert file containing {@code token}. */
    public static List<String> fileLines(String token) {
        Path file = Path.of(ConfigProvider.getConfig().getValue("tradeguard.alert.file.path", String.class));
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> line.contains(token))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
