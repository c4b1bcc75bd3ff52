package dev.tradeguard.risk.repository;

import static dev.tradeguard.risk.repository.Jdbc.failure;
import static dev.tradeguard.risk.repository.Jdbc.instant;
import static dev.tradeguard.risk.repository.Jdbc.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.risk.domain.TradingStateRecord;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class TradingStateRepository {
    @Inject
    AgroalDataSource dataSource;

    /** The current state, locked for the rest of the transaction so two changes cannot interleave. */
    public Optional<TradingStateRecord> findForUpdate(String accountId) {
        return find(accountId, " FOR UPDATE");
    }

    public Optional<TradingStateRecord> find(String accountId) {
        return find(accountId, "");
    }

    private Optional<TradingStateRecord> find(String accountId, String lock) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM trading_state WHERE account_id = ?" + lock)) {
            s.setString(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(map(r, null)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the trading state of " + accountId, e);
        }
    }

    public List<TradingStateRecord> all() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM trading_state ORDER BY account_id");
                ResultSet r = s.executeQuery()) {
            List<TradingStateRecord> states = new ArrayList<>();
            while (r.next()) {
                states.add(map(r, null));
            }
            return states;
        } catch (SQLException e) {
            throw failure("read the trading states", e);
        }
    }

    public void save(TradingStateRecord change) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO trading_state (account_id, state, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (account_id) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason,
                            changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
                        """);
                PreparedStatement history = c.prepareStatement("""
                        INSERT INTO trading_state_history (account_id, previous_state, state, reason, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)) {
            upsert.setString(1, change.accountId());
            upsert.setString(2, change.state().name());
            upsert.setString(3, change.reason());
            upsert.setString(4, change.changedBy());
            upsert.setTimestamp(5, timestamp(change.changedAt()));
            upsert.executeUpdate();
            history.setString(1, change.accountId());
            history.setString(2, change.previousState() == null ? null : change.previousState().name());
            history.setString(3, change.state().name());
            history.setString(4, change.reason());
            history.setString(5, change.changedBy());
            history.setTimestamp(6, timestamp(change.changedAt()));
            history.executeUpdate();
        } catch (SQLException e) {
            throw failure("save the trading state of " + change.accountId(), e);
        }
    }

    public List<TradingStateRecord> history(String accountId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT * FROM trading_state_history WHERE account_id = ? ORDER BY id")) {
            s.setString(1, accountId);
            List<TradingStateRecord> changes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String previous = r.getString("previous_state");
                    changes.add(map(r, previous == null ? null : TradingState.valueOf(previous)));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw failure("read the trading state history of " + accountId, e);
        }
    }

    private static TradingStateRecord map(ResultSet r, TradingState previous) throws SQLException {
        return new TradingStateRecord(r.getString("account_id"), previous, TradingState.valueOf(r.getString("state")),
                r.getString("reason"), r.getString("changed_by"), instant(r.getTimestamp("changed_at")));
    }
}
