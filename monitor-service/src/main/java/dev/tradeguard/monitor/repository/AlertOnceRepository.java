package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.repository.Jdbc.failure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/** Alerts that may fire once per rule, subject and New York day. */
@ApplicationScoped
public class AlertOnceRepository {
    /** The subject of account-wide alerts (red flags, reports). */
    public static final String WHOLE_ACCOUNT = "*";

    @Inject
    AgroalDataSource dataSource;

    /** True the first time on {@code day}; false ever after. Rolls back with the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String accountId, String subject, String rule, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO alert_once (account_id, subject, rule, market_date) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")) {
            statement.setString(1, accountId);
            statement.setString(2, subject);
            statement.setString(3, rule);
            statement.setDate(4, Date.valueOf(day));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("record alert " + rule + " of " + accountId, e);
        }
    }
}
