package dev.tradeguard.cli.papermonth;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.command.Text;

/**
 * What one simulated session did: entry orders placed at the broker, fills, bracket exits (stop-loss or take-profit
 * legs filled), the closing equity and the day's P&amp;L from monitor-service's daily report, and the alerts raised.
 */
public record DayProgress(TradingDay day, int imported, int orders, int fills, int exits, BigDecimal equity,
        BigDecimal dayPnl, BigDecimal dayPnlPct, int alerts) {

    /** The one line the terminal shows for the day. */
    public String line(int index, int total) {
        String weekday = day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
        return String.format(Locale.ROOT, "day %2d/%d  %s %s%s  recs %2d  orders %2d  fills %2d  exits %2d  equity %s"
                + "  day P&L %s (%s)  alerts %d", index, total, day.date(), weekday, day.earlyClose() ? "*" : " ",
                imported, orders, fills, exits, Text.money(equity), Text.signedMoney(dayPnl), Text.signedPercent(dayPnlPct),
                alerts);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("date", day.date().toString());
        node.put("open", day.open().toString());
        node.put("close", day.close().toString());
        node.put("earlyClose", day.earlyClose());
        node.put("recommendations", imported);
        node.put("orders", orders);
        node.put("fills", fills);
        node.put("exits", exits);
        node.put("equity", equity);
        node.put("dayPnl", dayPnl);
        node.put("dayPnlPct", dayPnlPct);
        node.put("alerts", alerts);
        return node;
    }
}
