package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.domain.Money.dollars;
import static dev.tradeguard.risk.domain.Money.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.platform.messaging.ProcessedEvents;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.repository.AccountStateRepository;

/**
 * Account snapshots from execution-service, and the two kill switches they feed: the daily loss limit (equity vs
 * the previous close) and the drawdown from the persisted high-water mark.
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

    @Transactional
    public void record(AccountSnapshot snapshot) {
        if (!processedEvents.claim(CONSUMER, snapshot.eventId())) {
            return;
        }
        List<Position> positions = snapshot.positions().stream()
                .map(p -> new Position(p.symbol(), p.quantity(), p.avgEntryPrice(), p.currentPrice())).toList();
        boolean stored = repository.upsertIfNewer(new AccountState(snapshot.accountId(), snapshot.equity(),
                snapshot.lastEquity(), snapshot.cash(), snapshot.buyingPower(), snapshot.positions().size(),
                snapshot.clock().open(), snapshot.occurredAt(), null), positions, snapshot.eventId());
        if (stored) {
            repository.find(snapshot.accountId()).ifPresent(this::enforceLossLimits);
        }
    }

    private void enforceLossLimits(AccountState state) {
        Limits account = limits.forAccount(state.accountId());
        BigDecimal dailyPnl = state.lastEquity().signum() > 0
                ? state.equity().subtract(state.lastEquity()).divide(state.lastEquity(), 6, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO;
        BigDecimal highWaterMark = state.highWaterMark() == null ? state.equity() : state.highWaterMark();
        BigDecimal drawdown = highWaterMark.signum() > 0
                ? highWaterMark.subtract(state.equity()).divide(highWaterMark, 6, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO;
        metrics.pnl(state.accountId(), dailyPnl, drawdown, account.maxDailyLossPct(), account.maxPortfolioRiskPct());
        if (dailyPnl.compareTo(account.maxDailyLossPct().negate()) <= 0) {
            tradingStates.haltAutomatically(state.accountId(), "daily loss limit: P&L today=" + percent(dailyPnl)
                    + ", limit=-" + percent(account.maxDailyLossPct()) + " (equity " + dollars(state.equity())
                    + " vs last close " + dollars(state.lastEquity()) + ")", AlertType.DAILY_LOSS_LIMIT);
        } else if (drawdown.compareTo(account.maxPortfolioRiskPct()) > 0) {
            tradingStates.haltAutomatically(state.accountId(), "max drawdown: " + percent(drawdown)
                    + " below the high-water mark " + dollars(highWaterMark) + ", limit=" + percent(account.maxPortfolioRiskPct())
                    + " (equity " + dollars(state.equity()) + ")", AlertType.DRAWDOWN_LIMIT);
        }
    }

    public Optional<AccountState> find(String accountId) {
        return repository.find(accountId);
    }
}
