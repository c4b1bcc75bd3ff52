package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.domain.Money.dollars;
import static dev.tradeguard.risk.domain.Money.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.MarketDataStatus;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.platform.messaging.ProcessedEvents;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.Mark;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.repository.AccountStateRepository;

/**
 * The account as execution-service reports it on {@code positions} — whole snapshots, one-position changes on every
 * (coalesced) tick or fill, market-data freshness — and the two kill switches it feeds: the daily loss limit (equity
 * vs the previous close) and the drawdown from the persisted high-water mark, evaluated on every snapshot and every
 * change. There is no automatic REDUCING: automatic changes only ever go to HALTED (TradingStateService).
 */
@ApplicationScoped
public class AccountStateService {
    static final String CONSUMER = "risk.account-state";

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    AccountStateRepository repository;

    @Inject
    TradingStateService tradingStates;

    @Inject
    LimitsResolver limits;

    @Inject
    RiskMetrics metrics;

    @Inject
    CapitalService capital;

    /** Routes one event of the positions topic by its kind, in one transaction. */
    @Transactional
    public void record(PositionsEvent event) {
        if (event instanceof AccountSnapshot snapshot) {
            record(snapshot);
        } else if (event instanceof PositionChanged change) {
            record(change);
        } else if (event instanceof MarketDataStatus status) {
            record(status);
        }
    }

    /** Replaces everything held of the account. */
    @Transactional
    public void record(AccountSnapshot snapshot) {
        if (!processedEvents.claim(CONSUMER, snapshot.eventId())) {
            return;
        }
        capital.recordDay(snapshot);
        List<Position> positions = snapshot.positions().stream()
                .map(p -> new Position(p.symbol(), p.quantity(), p.avgEntryPrice(), p.currentPrice())).toList();
        repository.replaceIfNewer(new AccountState(snapshot.accountId(), snapshot.equity(), snapshot.lastEquity(),
                snapshot.cash(), snapshot.buyingPower(), snapshot.positions().size(), snapshot.clock().open(),
                snapshot.occurredAt(), null, snapshot.occurredAt()), positions, snapshot.eventId())
                .ifPresent(state -> enforceLossLimits(state, null));
    }

    /**
     * The hot path, on every mark: claim, one account row, one position row, and the limits against the row the
     * update returned — no read of the other positions. A halt names the mark that caused it.
     */
    @Transactional
    public void record(PositionChanged change) {
        if (!processedEvents.claim(CONSUMER, change.eventId())) {
            return;
        }
        repository.applyIfNotOlder(new AccountState(change.accountId(), change.equity(), change.lastEquity(),
                change.cash(), change.buyingPower(), change.openPositions(), change.marketOpen(), change.occurredAt(),
                null, change.occurredAt()),
                new Position(change.symbol(), change.quantity(), change.avgEntryPrice(), change.currentPrice()),
                change.eventId())
                .ifPresent(state -> enforceLossLimits(state, Mark.of(change)));
    }

    /** Remembers whether the account's prices are fresh; RiskChecks denies new entries while they are not. */
    @Transactional
    public void record(MarketDataStatus status) {
        if (!processedEvents.claim(CONSUMER, status.eventId())) {
            return;
        }
        repository.recordPriceFreshness(status.accountId(), status.fresh(), status.reason(),
                String.join(",", status.staleSymbols()), status.occurredAt(), status.eventId());
    }

    private void enforceLossLimits(AccountState state, Mark mark) {
        Limits account = limits.forAccount(state.accountId());
        BigDecimal dailyPnl = state.lastEquity().signum() > 0
                ? state.equity().subtract(state.lastEquity()).divide(state.lastEquity(), 6, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO;
        BigDecimal highWaterMark = state.highWaterMark() == null ? state.equity() : state.highWaterMark();
        BigDecimal drawdown = highWaterMark.signum() > 0
                ? highWaterMark.subtract(state.equity()).divide(highWaterMark, 6, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO;
        metrics.pnl(state.accountId(), dailyPnl, drawdown, account.maxDailyLossPct(), account.maxPortfolioRiskPct());
        String on = mark == null ? "" : " " + mark.describe();
        Map<String, String> details = mark == null ? Map.of() : mark.details();
        if (dailyPnl.compareTo(account.maxDailyLossPct().negate()) <= 0) {
            tradingStates.haltAutomatically(state.accountId(), "daily loss limit: P&L today=" + percent(dailyPnl)
                    + ", limit=-" + percent(account.maxDailyLossPct()) + " (equity " + dollars(state.equity())
                    + " vs last close " + dollars(state.lastEquity()) + ")" + on, AlertType.DAILY_LOSS_LIMIT, details);
        } else if (drawdown.compareTo(account.maxPortfolioRiskPct()) > 0) {
            tradingStates.haltAutomatically(state.accountId(), "max drawdown: " + percent(drawdown)
                    + " below the high-water mark " + dollars(highWaterMark) + ", limit=" + percent(account.maxPortfolioRiskPct())
                    + " (equity " + dollars(state.equity()) + ")" + on, AlertType.DRAWDOWN_LIMIT, details);
        }
    }

    // a read in a transaction of its own (or the caller's): what is committed, from any thread
    @Transactional
    public Optional<AccountState> find(String accountId) {
        return repository.find(accountId);
    }
}
