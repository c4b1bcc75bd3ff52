package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.repository.Jdbc.decimal;
import static dev.tradeguard.monitor.repository.Jdbc.failure;
import static dev.tradeguard.monitor.repository.Jdbc.instant;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.LatestSnapshot;
import io.agroal.api.AgroalDataSource;

/** Account snapshots: the newest per account, and the daily closes that make the equity curve. */
@ApplicationScoped
public class SnapshotRepository {
    private static final TypeReference<List<PositionSnapshot>> POSITIONS = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    /** Keeps {@code snapshot} as the account's newest unless a newer one is stored; true if it is the newest. */
    public boolean storeLatest(AccountSnapshot snapshot) {
        String sql = """
                INSERT INTO account_snapshot (account_id, strategy, occurred_at, equity, last_equity, cash,
                    buying_power, positions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET strategy = excluded.strategy,
                    occurred_at = excluded.occurred_at, equity = excluded.equity,
                    last_equity = excluded.last_equity, cash = excluded.cash,
                    buying_power = excluded.buying_power, positions = excluded.positions
                WHERE account_snapshot.occurred_at <= excluded.occurred_at
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, snapshot.accountId());
            statement.setString(2, snapshot.strategy());
            statement.setTimestamp(3, Timestamp.from(snapshot.occurredAt()));
            statement.setBigDecimal(4, snapshot.equity());
            statement.setBigDecimal(5, snapshot.lastEquity());
            statement.setBigDecimal(6, snapshot.cash());
            statement.setBigDecimal(7, snapshot.buyingPower());
            statement.setString(8, EventJson.toJson(snapshot.positions()));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store the snapshot of " + snapshot.accountId(), e);
        }
    }

    /** Records the snapshot as the day's close unless a later snapshot of that day is stored. */
    public void storeClose(AccountSnapshot snapshot, LocalDate marketDate, boolean tradingDay) {
        String sql = """
                INSERT INTO equity_close (account_id, market_date, strategy, equity, last_equity, cash, snapshot_at,
                    trading_day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, market_date) DO UPDATE SET
                    strategy = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN excluded.strategy ELSE equity_close.strategy END,
                    equity = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN excluded.equity ELSE equity_close.equity END,
                    last_equity = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN excluded.last_equity ELSE equity_close.last_equity END,
                    cash = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN excluded.cash ELSE equity_close.cash END,
                    snapshot_at = GREATEST(equity_close.snapshot_at, excluded.snapshot_at),
                    trading_day = equity_close.trading_day OR excluded.trading_day
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, snapshot.accountId());
            statement.setDate(2, Date.valueOf(marketDate));
            statement.setString(3, snapshot.strategy());
            statement.setBigDecimal(4, snapshot.equity());
            statement.setBigDecimal(5, snapshot.lastEquity());
            statement.setBigDecimal(6, snapshot.cash());
            statement.setTimestamp(7, Timestamp.from(snapshot.occurredAt()));
            statement.setBoolean(8, tradingDay);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("store the daily close of " + snapshot.accountId(), e);
        }
    }

    /** The summed trading-day closes of the accounts within [from, to], one per day. */
    public List<DailyValue> closes(List<String> accountIds, LocalDate from, LocalDate to) {
        String sql = """
                SELECT market_date, SUM(equity) AS equity FROM equity_close
                WHERE account_id = ANY (?) AND trading_day AND market_date BETWEEN ? AND ?
                GROUP BY market_date ORDER BY market_date
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", accountIds.toArray()));
            statement.setDate(2, Date.valueOf(from));
            statement.setDate(3, Date.valueOf(to));
            List<DailyValue> closes = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    closes.add(new DailyValue(row.getDate("market_date").toLocalDate(), decimal(row, "equity")));
                }
            }
            return closes;
        } catch (SQLException e) {
            throw failure("read the daily closes of " + accountIds, e);
        }
    }

    /** The previous close (last_equity) the broker reported on the account's close of {@code day}. */
    public Optional<java.math.BigDecimal> lastEquity(String accountId, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT last_equity FROM equity_close WHERE account_id = ? AND market_date = ?")) {
            statement.setString(1, accountId);
            statement.setDate(2, Date.valueOf(day));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(decimal(row, "last_equity")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the close of " + accountId, e);
        }
    }

    /** The first and last trading-day close of the account, or empty. */
    public Optional<LocalDate[]> closeSpan(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT MIN(market_date) AS first, MAX(market_date) AS last FROM equity_close"
                                + " WHERE account_id = ? AND trading_day")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next() && row.getDate("first") != null) {
                    return Optional.of(new LocalDate[] {row.getDate("first").toLocalDate(),
                            row.getDate("last").toLocalDate()});
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the closes of " + accountId, e);
        }
    }

    public Optional<LatestSnapshot> latest(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM account_snapshot WHERE account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(latest(row)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read the snapshot of " + accountId, e);
        }
    }

    public List<LatestSnapshot> all() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM account_snapshot ORDER BY account_id")) {
            List<LatestSnapshot> snapshots = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    snapshots.add(latest(row));
                }
            }
            return snapshots;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read the snapshots", e);
        }
    }

    /** The accounts whose newest snapshot or any close carries {@code strategy}. */
    public List<String> accountsOf(String strategy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT DISTINCT account_id FROM equity_close WHERE strategy = ? ORDER BY account_id")) {
            statement.setString(1, strategy);
            List<String> accounts = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    accounts.add(row.getString(1));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw failure("read the accounts of " + strategy, e);
        }
    }

    private static LatestSnapshot latest(ResultSet row) throws SQLException, JsonProcessingException {
        return new LatestSnapshot(row.getString("account_id"), row.getString("strategy"),
                instant(row, "occurred_at"), decimal(row, "equity"), decimal(row, "last_equity"),
                decimal(row, "cash"), decimal(row, "buying_power"),
                EventJson.mapper().readValue(row.getString("positions"), POSITIONS));
    }
}
