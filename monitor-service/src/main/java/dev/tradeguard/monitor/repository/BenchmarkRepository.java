package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.repository.Jdbc.decimal;
import static dev.tradeguard.monitor.repository.Jdbc.failure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.monitor.domain.DailyValue;
import io.agroal.api.AgroalDataSource;

/** The benchmark's daily closes, cached so each day is fetched from the market-data API once. */
@ApplicationScoped
public class BenchmarkRepository {
    @Inject
    AgroalDataSource dataSource;

    public void store(String symbol, List<DailyValue> closes) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO benchmark_close (symbol, market_date, close) VALUES (?, ?, ?)"
                                + " ON CONFLICT (symbol, market_date) DO UPDATE SET close = excluded.close,"
                                + " fetched_at = now()")) {
            for (DailyValue close : closes) {
                statement.setString(1, symbol);
                statement.setDate(2, Date.valueOf(close.date()));
                statement.setBigDecimal(3, close.value());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure("store closes of " + symbol, e);
        }
    }

    public List<DailyValue> closes(String symbol, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT market_date, close FROM benchmark_close WHERE symbol = ?"
                                + " AND market_date BETWEEN ? AND ? ORDER BY market_date")) {
            statement.setString(1, symbol);
            statement.setDate(2, Date.valueOf(from));
            statement.setDate(3, Date.valueOf(to));
            List<DailyValue> closes = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    closes.add(new DailyValue(row.getDate("market_date").toLocalDate(), decimal(row, "close")));
                }
            }
            return closes;
        } catch (SQLException e) {
            throw failure("read closes of " + symbol, e);
        }
    }
}
