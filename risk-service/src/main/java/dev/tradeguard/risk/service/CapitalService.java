package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.domain.Money.dollars;
import static dev.tradeguard.risk.domain.Money.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.config.RiskConfig;
import dev.tradeguard.risk.config.RiskConfig.CapitalScaling;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.CapitalChange;
import dev.tradeguard.risk.domain.CapitalRule;
import dev.tradeguard.risk.domain.CapitalView;
import dev.tradeguard.risk.domain.DailyEquity;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.CapitalChangeRepository;
import dev.tradeguard.risk.repository.DailyEquityRepository;
import dev.tradeguard.risk.service.AuditService.Actor;

/**
 * The deployment guide's capital scaling rules (Step 5) as checks on a change of the capital TradeGuard may deploy
 * for an account. A change that raises risk — more capital, or a lower cash reserve — must pass all three: the reserve
 * within 25-50 %, at most 2x the capital in force, and 30+ completed trading days since the last increase with a
 * positive return over them. A change that only lowers risk is always accepted: reducing risk is never blocked.
 * Position sizing keeps its percentages; only the dollars they apply to change (RiskChecks).
 */
@ApplicationScoped
public class CapitalService {
    private static final Logger LOG = Logger.getLogger(CapitalService.class);
    private static final NyseCalendar CALENDAR = NyseCalendar.standard();
    static final String AUDIT_ACTION = "CAPITAL_CHANGED";

    @Inject
    CapitalChangeRepository changes;

    @Inject
    DailyEquityRepository days;

    @Inject
    AccountStateRepository accounts;

    @Inject
    LimitsResolver limits;

    @Inject
    RiskConfig config;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /**
     * The day's start and end equity from a snapshot risk-service has just claimed (so each is seen once). Only NYSE
     * trading days count; a weekend snapshot repeats Friday's close and would be a day that never traded.
     */
    public void recordDay(AccountSnapshot snapshot) {
        LocalDate day = NyseCalendar.marketDate(snapshot.occurredAt());
        if (!CALENDAR.isTradingDay(day) || snapshot.equity() == null || snapshot.lastEquity() == null) {
            return;
        }
        days.record(snapshot.accountId(), day, snapshot.lastEquity(), snapshot.equity(), snapshot.occurredAt());
    }

    /** Accepts the change or throws {@link CapitalRefusedException} naming the first rule it breaks. */
    @Transactional
    public CapitalChange change(String accountId, BigDecimal capital, BigDecimal requestedReservePct, String reason,
            Actor actor) {
        changes.lock(accountId);
        Instant now = clock.instant();
        Optional<CapitalChange> inForce = changes.current(accountId);
        Optional<AccountState> account = accounts.find(accountId);
        BigDecimal current = inForce.map(CapitalChange::capital).or(() -> account.map(AccountState::equity))
                .orElseThrow(() -> new CapitalRefusedException(CapitalRule.CAPITAL_UNKNOWN, "capital",
                        "no capital set for " + accountId + " and no account snapshot received yet: current capital "
                                + "unknown, requested=" + dollars(capital)));
        BigDecimal currentReserve = currentReserve(accountId, inForce);
        BigDecimal reserve = requestedReservePct == null ? currentReserve : requestedReservePct;
        boolean raisesCapital = capital.compareTo(current) > 0;
        boolean increase = raisesCapital || reserve.compareTo(currentReserve) < 0;
        Profitability record = profitability(accountId, now);
        if (increase) {
            CapitalScaling rules = config.capitalScaling();
            if (reserve.compareTo(rules.cashReserveMinPct()) < 0 || reserve.compareTo(rules.cashReserveMaxPct()) > 0) {
                throw new CapitalRefusedException(CapitalRule.CASH_RESERVE_OUT_OF_RANGE, "cashReservePct",
                        "min=" + rules.cashReserveMinPct().toPlainString() + ", max="
                                + rules.cashReserveMaxPct().toPlainString() + ", got=" + reserve.toPlainString());
            }
            BigDecimal max = current.multiply(rules.maxIncreaseFactor());
            if (capital.compareTo(max) > 0) {
                throw new CapitalRefusedException(CapitalRule.CAPITAL_INCREASE_EXCEEDS_2X, "capital",
                        "current=" + dollars(current) + ", requested=" + dollars(capital) + ", max=" + dollars(max)
                                + " (" + rules.maxIncreaseFactor().stripTrailingZeros().toPlainString() + "x current)");
            }
            if (record.days() < rules.minProfitableDays() || record.periodReturn() == null
                    || record.periodReturn().signum() <= 0) {
                throw new CapitalRefusedException(CapitalRule.NOT_PROFITABLE_30_DAYS, "capital",
                        "days=" + record.days() + ", required=" + rules.minProfitableDays() + ", return="
                                + (record.periodReturn() == null ? "none" : percent(record.periodReturn()))
                                + ", required > 0" + record.describeSpan());
            }
        }
        CapitalChange change = new CapitalChange(accountId, current, capital, reserve.max(configuredReserve(accountId)),
                increase, record.days(), record.periodReturn(), reason, actor.name(), now);
        changes.insert(change);
        audit.record(actor, AUDIT_ACTION, accountId, "capital " + dollars(current) + " -> " + dollars(capital)
                + ", cash reserve " + percent(currentReserve) + " -> " + percent(change.cashReservePct())
                + (increase ? ", increase after " + record.days() + " trading days, return "
                        + (record.periodReturn() == null ? "none" : percent(record.periodReturn()))
                        : ", lowers risk (always allowed)")
                + ": " + reason);
        LOG.infof("CAPITAL %s %s -> %s (reserve %s) by %s", accountId, dollars(current), dollars(capital),
                percent(change.cashReservePct()), actor.name());
        return change;
    }

    /** The capital in force for sizing; empty when none was set (the engine sizes on the whole equity). */
    @Transactional
    public Optional<CapitalChange> inForce(String accountId) {
        return changes.current(accountId);
    }

    @Transactional
    public CapitalView view(String accountId) {
        Optional<CapitalChange> inForce = changes.current(accountId);
        BigDecimal equity = accounts.find(accountId).map(AccountState::equity).orElse(null);
        BigDecimal capital = inForce.map(CapitalChange::capital).orElse(null);
        BigDecimal base = capital == null ? equity : equity == null ? capital : capital.min(equity);
        BigDecimal current = capital != null ? capital : equity;
        CapitalScaling rules = config.capitalScaling();
        Profitability record = profitability(accountId, clock.instant());
        return new CapitalView(accountId, capital, equity, base, currentReserve(accountId, inForce), record.days(),
                record.periodReturn(), current == null ? null : current.multiply(rules.maxIncreaseFactor()),
                new CapitalView.Rules(rules.minProfitableDays(), rules.maxIncreaseFactor(), rules.cashReserveMinPct(),
                        rules.cashReserveMaxPct()),
                changes.history(accountId));
    }

    /** Whether anything of the account is known here: a configured account or one with capital history. */
    @Transactional
    public boolean known(String accountId) {
        return limits.accounts().contains(accountId) || changes.current(accountId).isPresent();
    }

    private BigDecimal currentReserve(String accountId, Optional<CapitalChange> inForce) {
        return inForce.map(CapitalChange::cashReservePct).orElseGet(() -> configuredReserve(accountId));
    }

    private BigDecimal configuredReserve(String accountId) {
        return limits.forAccount(accountId).cashReserveMinPct();
    }

    /**
     * The completed NYSE trading days recorded after the market day of the last increase (all recorded days when
     * there was none) and before today (New York), and the account's return over them: the last day's end equity
     * against the first day's start equity (the close before it).
     */
    private Profitability profitability(String accountId, Instant now) {
        LocalDate since = changes.lastIncrease(accountId).map(c -> NyseCalendar.marketDate(c.changedAt())).orElse(null);
        List<DailyEquity> recorded = days.between(accountId, since, NyseCalendar.marketDate(now));
        if (recorded.isEmpty()) {
            return new Profitability(0, null, null, null);
        }
        DailyEquity first = recorded.get(0);
        DailyEquity last = recorded.get(recorded.size() - 1);
        BigDecimal periodReturn = first.startEquity().signum() > 0
                ? last.endEquity().subtract(first.startEquity()).divide(first.startEquity(), 6, RoundingMode.HALF_EVEN)
                : null;
        return new Profitability(recorded.size(), periodReturn, first, last);
    }

    private record Profitability(int days, BigDecimal periodReturn, DailyEquity first, DailyEquity last) {
        String describeSpan() {
            return first == null ? " (no completed trading day recorded)"
                    : " (" + first.marketDate() + " start " + dollars(first.startEquity()) + " to " + last.marketDate()
                            + " end " + dollars(last.endEquity()) + ")";
        }
    }
}
