package dev.tradeguard.recommendation.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.recommendation.domain.ResearchExchange;
import dev.tradeguard.recommendation.domain.ResearchFailureKind;
import dev.tradeguard.recommendation.domain.ResearchIdeaOutcome;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchStatus;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import dev.tradeguard.recommendation.domain.TokenBudget;
import io.agroal.api.AgroalDataSource;

/** Research runs, their raw exchanges and the daily spend. Writes outside a transaction commit at once. */
@ApplicationScoped
public class ResearchRepository {
    private static final TypeReference<List<ResearchIdeaOutcome>> IDEAS = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    public void start(ResearchRun run) {
        String sql = "INSERT INTO research_run (id, strategy, account_id, market_date, run_trigger, requested_by, model,"
                + " started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, run.id());
            insert.setString(2, run.strategy());
            insert.setString(3, run.accountId());
            insert.setDate(4, Date.valueOf(run.marketDate()));
            insert.setString(5, run.trigger().name());
            insert.setString(6, run.requestedBy());
            insert.setString(7, run.model());
            insert.setTimestamp(8, Timestamp.from(run.startedAt()));
            insert.setString(9, ResearchStatus.RUNNING.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store research run " + run.id(), e);
        }
    }

    public void finish(UUID id, ResearchStatus status, ResearchFailureKind failureKind, String failure, int turns,
            long inputTokens, long outputTokens, List<ResearchIdeaOutcome> ideas, Instant finishedAt) {
        String sql = "UPDATE research_run SET status = ?, failure_kind = ?, failure = ?, turns = ?, input_tokens = ?,"
                + " output_tokens = ?, published = ?, rejected = ?, ideas = ?, finished_at = ? WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, status.name());
            update.setString(2, failureKind == null ? null : failureKind.name());
            update.setString(3, failure);
            update.setInt(4, turns);
            update.setLong(5, inputTokens);
            update.setLong(6, outputTokens);
            update.setInt(7, (int) ideas.stream().filter(ResearchIdeaOutcome::published).count());
            update.setInt(8, (int) ideas.stream().filter(idea -> !idea.published()).count());
            update.setString(9, EventJson.toJson(ideas));
            update.setTimestamp(10, Timestamp.from(finishedAt));
            update.setObject(11, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot finish research run " + id, e);
        }
    }

    public void recordExchange(UUID runId, ResearchExchange exchange) {
        String sql = "INSERT INTO research_exchange (run_id, seq, api, call_name, http_status, received_at, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, runId);
            insert.setInt(2, exchange.seq());
            insert.setString(3, exchange.api());
            String call = exchange.call();
            insert.setString(4, call.length() > 500 ? call.substring(0, 500) : call);
            if (exchange.httpStatus() == null) {
                insert.setNull(5, Types.INTEGER);
            } else {
                insert.setInt(5, exchange.httpStatus());
            }
            insert.setTimestamp(6, Timestamp.from(exchange.receivedAt()));
            insert.setString(7, exchange.body());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store an exchange of research run " + runId, e);
        }
    }

    public TokenBudget.Usage usage(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT input_tokens, output_tokens, cost_usd FROM research_budget WHERE day = ?")) {
            select.setDate(1, Date.valueOf(day));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new TokenBudget.Usage(row.getLong(1), row.getLong(2), row.getBigDecimal(3))
                        : TokenBudget.Usage.NONE;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the research budget of " + day, e);
        }
    }

    /** Adds one call's spend to the day, atomically (runs of different strategies may overlap). */
    public void spend(LocalDate day, long inputTokens, long outputTokens, BigDecimal costUsd) {
        String sql = "INSERT INTO research_budget (day, input_tokens, output_tokens, cost_usd, calls)"
                + " VALUES (?, ?, ?, ?, 1) ON CONFLICT (day) DO UPDATE SET"
                + " input_tokens = research_budget.input_tokens + EXCLUDED.input_tokens,"
                + " output_tokens = research_budget.output_tokens + EXCLUDED.output_tokens,"
                + " cost_usd = research_budget.cost_usd + EXCLUDED.cost_usd,"
                + " calls = research_budget.calls + 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setDate(1, Date.valueOf(day));
            upsert.setLong(2, inputTokens);
            upsert.setLong(3, outputTokens);
            upsert.setBigDecimal(4, costUsd);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record research spend of " + day, e);
        }
    }

    public Optional<ResearchRun> find(UUID id) {
        List<ResearchRun> found = select("WHERE id = ?", id, 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ResearchRun run = found.get(0);
        return Optional.of(new ResearchRun(run.id(), run.strategy(), run.accountId(), run.marketDate(), run.trigger(),
                run.requestedBy(), run.model(), run.startedAt(), run.finishedAt(), run.status(), run.failureKind(),
                run.failure(), run.turns(), run.inputTokens(), run.outputTokens(), run.published(), run.rejected(),
                run.ideas(), exchanges(id)));
    }

    public List<ResearchRun> recent(String strategy, int limit) {
        return strategy == null ? select("", null, limit) : select("WHERE strategy = ?", strategy, limit);
    }

    private List<ResearchRun> select(String where, Object parameter, int limit) {
        String sql = "SELECT id, strategy, account_id, market_date, run_trigger, requested_by, model, started_at,"
                + " finished_at, status, failure_kind, failure, turns, input_tokens, output_tokens, published,"
                + " rejected, ideas FROM research_run " + where + " ORDER BY started_at DESC, id LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int next = 1;
            if (parameter != null) {
                select.setObject(next++, parameter);
            }
            select.setInt(next, limit);
            List<ResearchRun> runs = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    runs.add(read(row));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read research runs", e);
        }
    }

    private static ResearchRun read(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        String failureKind = row.getString("failure_kind");
        String ideas = row.getString("ideas");
        List<ResearchIdeaOutcome> outcomes;
        try {
            outcomes = ideas == null ? List.of() : EventJson.mapper().readValue(ideas, IDEAS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ideas of research run " + row.getObject("id"), e);
        }
        return new ResearchRun(row.getObject("id", UUID.class), row.getString("strategy"),
                row.getString("account_id"), row.getDate("market_date").toLocalDate(),
                ResearchTrigger.valueOf(row.getString("run_trigger")), row.getString("requested_by"),
                row.getString("model"), row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), ResearchStatus.valueOf(row.getString("status")),
                failureKind == null ? null : ResearchFailureKind.valueOf(failureKind), row.getString("failure"),
                row.getInt("turns"), row.getLong("input_tokens"), row.getLong("output_tokens"),
                row.getInt("published"), row.getInt("rejected"), outcomes, List.of());
    }

    private List<ResearchExchange> exchanges(UUID runId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, api, call_name, http_status, received_at, body FROM research_exchange"
                                + " WHERE run_id = ? ORDER BY seq")) {
            select.setObject(1, runId);
            List<ResearchExchange> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int status = row.getInt("http_status");
                    Integer httpStatus = row.wasNull() ? null : status;
                    found.add(new ResearchExchange(row.getInt("seq"), row.getString("api"), row.getString("call_name"),
                            httpStatus, row.getTimestamp("received_at").toInstant(),
                            row.getString("body")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the exchanges of research run " + runId, e);
        }
    }
}
