package dev.tradeguard.alert.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.service.AlertMessages;

/** Appends each alert as one readable line to a local file and the log: alerts without any credentials. */
@ApplicationScoped
public class FileChannel implements AlertChannel {
    private static final Logger LOG = Logger.getLogger(FileChannel.class);

    @Inject
    AlertConfig config;

    @Override
    public ChannelName name() {
        return ChannelName.FILE;
    }

    @Override
    public Optional<String> disabledReason() {
        return config.file().enabled() ? Optional.empty()
                : Optional.of("switched off (tradeguard.alert.file.enabled=false)");
    }

    @Override
    public int ratePerSecond() {
        return 1000;
    }

    public Path path() {
        return Path.of(config.file().path());
    }

    @Override
    public synchronized void send(ReceivedAlert alert) throws DeliveryException {
        String line = AlertMessages.line(alert);
        LOG.infof("ALERT %s", line);
        try {
            Path file = path().toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new DeliveryException("cannot write the alert file: " + e, false);
        }
    }
}
