package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tradeguard.model.Side;

/**
 * Reads the original bot's daily file, {@code TODAYS_TRADES_<date>.md}: a dated header, one {@code ##} section per bot
 * ({@code DEE-BOT}, {@code SHORGAN-BOT}, or a per-account {@code _LIVE} variant) holding SELL and BUY order tables
 * whose columns differ, "No buy orders today" rows, a rejected-recommendations table and, for catalyst bots, a trade
 * rationale block that says which way each BUY-table row really trades (a {@code SELL_TO_OPEN} there is a short).
 * Pure: no I/O, no clock; it reports every table row it saw and what it made of it.
 */
public final class TodaysTradesParser {
    private static final Pattern FILE_NAME_DATE = Pattern.compile("TODAYS_TRADES_(\\d{4}-\\d{2}-\\d{2})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_DATE = Pattern.compile(
            "^##\\s+(?:[A-Za-z]+,\\s*)?([A-Z][a-z]+\\s+\\d{1,2},\\s*\\d{4})\\s*$");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final Pattern GENERATED = Pattern.compile(
            "^##\\s+Generated:\\s*(\\d{1,2}:\\d{2}\\s*[AaPp][Mm])(?:\\s*ET)?\\s*$");
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final Pattern BOT = Pattern.compile("\\b([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-BOT)(?:[_ -](LIVE))?\\b");
    private static final Pattern SUMMARY = Pattern.compile(
            "^\\*\\*([A-Z][A-Z0-9_-]*-BOT(?:_LIVE)?)\\*\\*:\\s*(\\d+)\\s+approved\\s*/\\s*(\\d+)\\s+rejected",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{3,}:?");
    private static final Pattern NO_ORDERS = Pattern.compile("^no\\b.*\\borders?\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIONALE_ENTRY = Pattern.compile(
            "^\\*\\*\\$?([A-Za-z][A-Za-z0-9.]*)\\*\\*\\s*[-–—:]\\s*([A-Za-z_ ]+?)\\s*$");
    private static final Pattern RATIONALE_FIELD = Pattern.compile("^[-*]\\s*\\*\\*([A-Za-z ]+)\\*\\*:\\s*(.*)$");
    private static final Pattern DATED = Pattern.compile("^(.*?)\\s*\\((\\d{4}-\\d{2}-\\d{2})\\)\\s*$");
    private static final Pattern MONEY = Pattern.compile("^([+-]?)\\$?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?$");
    private static final Pattern PERCENT = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)\\s*%$");

    private enum Column {
        SYMBOL, QUANTITY, LIMIT, STOP, TARGET, CONFIDENCE, SOURCE, RATIONALE, CATALYST, CATALYST_DATE, SIDE, REASON
    }

    private static final Map<String, Column> COLUMN_NAMES = Map.ofEntries(
            Map.entry("symbol", Column.SYMBOL), Map.entry("ticker", Column.SYMBOL),
            Map.entry("shares", Column.QUANTITY), Map.entry("qty", Column.QUANTITY),
            Map.entry("quantity", Column.QUANTITY),
            Map.entry("limitprice", Column.LIMIT), Map.entry("limit", Column.LIMIT), Map.entry("entry", Column.LIMIT),
            Map.entry("entryprice", Column.LIMIT), Map.entry("price", Column.LIMIT),
            Map.entry("stoploss", Column.STOP), Map.entry("stop", Column.STOP), Map.entry("stopprice", Column.STOP),
            Map.entry("takeprofit", Column.TARGET), Map.entry("target", Column.TARGET),
            Map.entry("targetprice", Column.TARGET), Map.entry("profittarget", Column.TARGET),
            Map.entry("confidence", Column.CONFIDENCE), Map.entry("source", Column.SOURCE),
            Map.entry("rationale", Column.RATIONALE), Map.entry("thesis", Column.RATIONALE),
            Map.entry("catalyst", Column.CATALYST), Map.entry("catalystdate", Column.CATALYST_DATE),
            Map.entry("side", Column.SIDE), Map.entry("action", Column.SIDE),
            Map.entry("rejectionreason", Column.REASON), Map.entry("reason", Column.REASON));

    /** The bot without its {@code _LIVE} suffix. */
    public static String strategyOf(String bot) {
        return bot.endsWith("_LIVE") ? bot.substring(0, bot.length() - "_LIVE".length()) : bot;
    }

    public TodaysTradesFile parse(String fileName, String text) {
        return new Run(fileName).parse(text == null ? "" : text);
    }

    /** One parse: the state of walking the file top to bottom. */
    private static final class Run {
        private final String fileName;
        private final List<ParsedOrder> orders = new ArrayList<>();
        private final List<OrderDraft> drafts = new ArrayList<>();
        private final List<ParsedInformation> information = new ArrayList<>();
        private final List<LineNote> notes = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, int[]> summaries = new LinkedHashMap<>();
        private final Map<String, Integer> occurrences = new HashMap<>();
        private final List<String> botsSeen = new ArrayList<>();
        private LocalDate headerDate;
        private LocalTime generatedAt;
        private String bot;
        private String table;
        private Map<Column, Integer> columns;
        private int headerWidth;
        private boolean inTable;
        private int rationaleHeadingLine;
        private RationaleEntry rationale;
        private final List<RationaleEntry> rationales = new ArrayList<>();

        Run(String fileName) {
            this.fileName = fileName;
        }

        TodaysTradesFile parse(String text) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line(i + 1, lines[i].strip());
            }
            finishRationale();
            applyRationales();
            for (OrderDraft draft : drafts) {
                orders.add(draft.finish());
            }
            checkSummaries();
            LocalDate date = fileDate();
            if (botsSeen.isEmpty()) {
                errors.add("no bot section found: a heading like '## DEE-BOT TRADES' is expected");
            }
            notes.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new TodaysTradesFile(date, generatedAt, List.copyOf(orders), List.copyOf(information),
                    List.copyOf(notes), List.copyOf(errors), List.copyOf(warnings));
        }

        private void line(int number, String line) {
            if (!line.startsWith("|")) {
                inTable = false;
                columns = null;
            }
            if (line.startsWith("## ") || line.equals("##")) {
                finishRationale();
                heading2(number, line);
            } else if (line.startsWith("### ")) {
                finishRationale();
                heading3(number, line);
            } else if (line.startsWith("|")) {
                tableRow(number, line);
            } else if (bot == null) {
                Matcher summary = SUMMARY.matcher(line);
                if (summary.find()) {
                    summaries.put(summary.group(1).toUpperCase(Locale.ROOT), new int[] { number,
                            Integer.parseInt(summary.group(2)), Integer.parseInt(summary.group(3)) });
                }
            } else if ("RATIONALE".equals(table)) {
                rationaleLine(number, line);
            } else if ("REJECTED".equals(table) && line.matches("^\\*.*approved.*\\*$")) {
                notes.add(new LineNote(number, LineNote.Kind.NOTE, "no recommendation was rejected"));
            }
        }

        private void heading2(int number, String line) {
            Matcher date = HEADER_DATE.matcher(line);
            if (headerDate == null && date.matches()) {
                try {
                    headerDate = LocalDate.parse(date.group(1).replaceAll("\\s+", " ").replaceAll(",\\s*", ", "),
                            LONG_DATE);
                } catch (DateTimeParseException e) {
                    errors.add("line " + number + ": cannot read the date '" + date.group(1) + "'");
                }
                return;
            }
            Matcher generated = GENERATED.matcher(line);
            if (generated.matches()) {
                try {
                    generatedAt = LocalTime.parse(generated.group(1).toUpperCase(Locale.ROOT)
                            .replaceAll("\\s*([AP]M)", " $1"), CLOCK_TIME);
                } catch (DateTimeParseException e) {
                    warnings.add("line " + number + ": cannot read the generation time '" + generated.group(1) + "'");
                }
                return;
            }
            Matcher botName = BOT.matcher(line);
            bot = null;
            table = null;
            if (botName.find()) {
                bot = botName.group(1) + (botName.group(2) != null ? "_LIVE" : "");
                botsSeen.add(bot);
                notes.add(new LineNote(number, LineNote.Kind.NOTE, "section " + bot));
            }
        }

        private void heading3(int number, String line) {
            if (bot == null) {
                table = null;
                return;
            }
            String heading = line.toUpperCase(Locale.ROOT);
            if (heading.contains("REJECTED")) {
                table = "REJECTED";
            } else if (heading.contains("RATIONALE")) {
                table = "RATIONALE";
                rationaleHeadingLine = number;
            } else if (heading.matches(".*\\b(SELL SHORT|SHORT)\\b.*ORDERS.*")) {
                table = "SELL_SHORT";
            } else if (heading.matches(".*\\b(BUY TO COVER|COVER)\\b.*ORDERS.*")) {
                table = "BUY_TO_COVER";
            } else if (heading.matches(".*\\bSELL\\b.*ORDERS.*")) {
                table = "SELL";
            } else if (heading.matches(".*\\bBUY\\b.*ORDERS.*")) {
                table = "BUY";
            } else {
                table = null;
            }
        }

        private void tableRow(int number, String line) {
            List<String> cells = cells(line);
            if (cells.stream().allMatch(cell -> SEPARATOR_CELL.matcher(cell).matches())) {
                return;
            }
            boolean first = !inTable;
            inTable = true;
            if (bot == null || table == null || "RATIONALE".equals(table)) {
                notes.add(new LineNote(number, LineNote.Kind.IGNORED,
                        bot == null ? "table outside a bot section" : "table outside an order or rejected table"));
                return;
            }
            if (!cells.isEmpty() && NO_ORDERS.matcher(cells.get(0)).matches()) {
                notes.add(new LineNote(number, LineNote.Kind.NO_ORDERS, bot + " " + table + ": " + cells.get(0)));
                return;
            }
            if (first && looksLikeHeader(cells)) {
                columns = header(number, cells);
                headerWidth = cells.size();
                return;
            }
            if (columns == null) {
                notes.add(new LineNote(number, LineNote.Kind.REJECTED,
                        "a table row without a header row: its columns cannot be known"));
                return;
            }
            if (cells.size() != headerWidth) {
                notes.add(new LineNote(number, LineNote.Kind.REJECTED, "has " + cells.size()
                        + " cells where the header has " + headerWidth));
                return;
            }
            if ("REJECTED".equals(table)) {
                rejectedRow(number, cells);
            } else {
                orderRow(number, cells);
            }
        }

        private static boolean looksLikeHeader(List<String> cells) {
            return cells.stream().anyMatch(cell -> COLUMN_NAMES.get(key(cell)) == Column.SYMBOL);
        }

        private Map<Column, Integer> header(int number, List<String> cells) {
            Map<Column, Integer> found = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                Column column = COLUMN_NAMES.get(key(cells.get(i)));
                if (column == null) {
                    unknown.add(cells.get(i));
                } else {
                    found.putIfAbsent(column, i);
                }
            }
            if (!unknown.isEmpty()) {
                notes.add(new LineNote(number, LineNote.Kind.NOTE, "columns not read: " + unknown));
            }
            return found;
        }

        private void rejectedRow(int number, List<String> cells) {
            String symbol = cell(cells, Column.SYMBOL);
            if (symbol == null) {
                notes.add(new LineNote(number, LineNote.Kind.REJECTED, "rejected-table row without a symbol"));
                return;
            }
            String source = cell(cells, Column.SOURCE);
            int occurrence = occurrence(bot + "|REJECTED|" + symbol + "|" + source);
            information.add(new ParsedInformation(number, bot, symbol, source, cell(cells, Column.REASON),
                    occurrence));
        }

        private void orderRow(int number, List<String> cells) {
            List<String> problems = new ArrayList<>();
            String symbol = cell(cells, Column.SYMBOL);
            if (symbol == null) {
                problems.add("Symbol: is empty");
            } else {
                symbol = symbol.replace("*", "").replaceFirst("^\\$", "").strip();
            }
            Side side = Side.valueOf(table);
            String sideCell = cell(cells, Column.SIDE);
            if (sideCell != null) {
                Optional<Side> parsed = Sides.parse(sideCell);
                if (parsed.isPresent()) {
                    side = parsed.get();
                } else {
                    problems.add("Side: '" + sideCell + "' is not one of " + Sides.ACCEPTED);
                }
            }
            BigDecimal quantity = number(cells, Column.QUANTITY, "Shares", problems);
            BigDecimal limit = money(cells, Column.LIMIT, "Limit Price", problems);
            Level stop = level(cells, Column.STOP, "Stop Loss", problems);
            Level target = level(cells, Column.TARGET, "Take Profit", problems);
            BigDecimal confidence = confidence(cells, problems);
            LocalDate catalystDate = null;
            String catalyst = cell(cells, Column.CATALYST);
            String dateCell = cell(cells, Column.CATALYST_DATE);
            if (dateCell != null) {
                try {
                    catalystDate = LocalDate.parse(dateCell);
                } catch (DateTimeParseException e) {
                    problems.add("Catalyst Date: '" + dateCell + "' is not a date like 2026-03-10");
                }
            }
            if (!problems.isEmpty()) {
                notes.add(new LineNote(number, LineNote.Kind.REJECTED, String.join("; ", problems)));
                return;
            }
            int occurrence = occurrence(bot + "|" + table + "|" + symbol);
            drafts.add(new OrderDraft(number, bot, table, symbol, side, quantity, limit, stop, target, confidence,
                    cell(cells, Column.SOURCE), cell(cells, Column.RATIONALE), catalyst, catalystDate, occurrence));
        }

        private int occurrence(String key) {
            return occurrences.merge(key, 1, Integer::sum) - 1;
        }

        private void rationaleLine(int number, String line) {
            Matcher entry = RATIONALE_ENTRY.matcher(line);
            if (entry.matches()) {
                finishRationale();
                rationale = new RationaleEntry(number, bot, entry.group(1).toUpperCase(Locale.ROOT),
                        entry.group(2).strip(), rationaleHeadingLine);
                return;
            }
            Matcher field = RATIONALE_FIELD.matcher(line);
            if (rationale != null && field.matches()) {
                String name = field.group(1).strip().toLowerCase(Locale.ROOT);
                String value = field.group(2).strip();
                if (name.equals("catalyst")) {
                    Matcher dated = DATED.matcher(value);
                    if (dated.matches()) {
                        rationale.catalyst = dated.group(1);
                        try {
                            rationale.catalystDate = LocalDate.parse(dated.group(2));
                        } catch (DateTimeParseException e) {
                            rationale.catalyst = value;
                        }
                    } else {
                        rationale.catalyst = value;
                    }
                } else if (name.equals("rationale")) {
                    rationale.rationale = value;
                }
            }
        }

        private void finishRationale() {
            if (rationale != null) {
                rationales.add(rationale);
                rationale = null;
            }
        }

        /**
         * A rationale entry says how its symbol's row trades. It belongs to the row of that symbol in the order table
         * just above the rationale block, else to the section's only row of that symbol.
         */
        private void applyRationales() {
            for (RationaleEntry entry : rationales) {
                List<OrderDraft> sameSymbol = drafts.stream()
                        .filter(d -> d.bot.equals(entry.bot) && d.symbol.equals(entry.symbol)).toList();
                List<OrderDraft> above = sameSymbol.stream().filter(d -> d.line < entry.headingLine)
                        .filter(d -> d.table.equals(lastTableBefore(entry))).toList();
                List<OrderDraft> targets = above.size() == 1 ? above : sameSymbol.size() == 1 ? sameSymbol : List.of();
                if (targets.isEmpty()) {
                    notes.add(new LineNote(entry.line, LineNote.Kind.NOTE, "trade rationale for " + entry.symbol
                            + (sameSymbol.isEmpty() ? " matches no order row" : " matches several order rows")
                            + "; not applied"));
                    continue;
                }
                OrderDraft draft = targets.get(0);
                Optional<Side> side = Sides.parse(entry.action);
                if (side.isEmpty()) {
                    draft.notes.add("trade rationale (line " + entry.line + ") names an unknown action '"
                            + entry.action + "'; the table's side is kept");
                } else if (side.get() != draft.side) {
                    draft.notes.add("read as " + side.get() + ": the trade rationale (line " + entry.line
                            + ") says " + entry.action);
                    draft.side = side.get();
                }
                if (entry.catalyst != null) {
                    draft.catalyst = entry.catalyst;
                }
                if (entry.catalystDate != null) {
                    draft.catalystDate = entry.catalystDate;
                }
                if (draft.rationale == null && entry.rationale != null) {
                    draft.rationale = entry.rationale;
                }
                notes.add(new LineNote(entry.line, LineNote.Kind.NOTE, "trade rationale for " + entry.symbol
                        + " applied to line " + draft.line));
            }
        }

        private String lastTableBefore(RationaleEntry entry) {
            return drafts.stream().filter(d -> d.bot.equals(entry.bot) && d.line < entry.headingLine)
                    .reduce((a, b) -> b).map(d -> d.table).orElse("");
        }

        private void checkSummaries() {
            summaries.forEach((summaryBot, counts) -> {
                long approved = drafts.stream().filter(d -> d.bot.equals(summaryBot)).count();
                long rejectedRows = information.stream().filter(i -> i.bot().equals(summaryBot)).count();
                if (approved != counts[1] || rejectedRows != counts[2]) {
                    warnings.add("line " + counts[0] + ": the summary says " + summaryBot + " has " + counts[1]
                            + " approved / " + counts[2] + " rejected, the tables hold " + approved + " order(s) / "
                            + rejectedRows + " rejected row(s)");
                }
            });
        }

        private LocalDate fileDate() {
            LocalDate nameDate = null;
            if (fileName != null) {
                Matcher name = FILE_NAME_DATE.matcher(fileName);
                if (name.find()) {
                    try {
                        nameDate = LocalDate.parse(name.group(1));
                    } catch (DateTimeParseException e) {
                        errors.add("file name " + fileName + ": '" + name.group(1) + "' is not a date");
                    }
                }
            }
            if (headerDate != null && nameDate != null && !headerDate.equals(nameDate)) {
                errors.add("the file name says " + nameDate + " but the header says " + headerDate);
            }
            LocalDate date = headerDate != null ? headerDate : nameDate;
            if (date == null) {
                errors.add("no date: neither a header like '## Thursday, March 12, 2026' nor a file name like"
                        + " TODAYS_TRADES_2026-03-12.md");
            }
            return date;
        }

        private String cell(List<String> cells, Column column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index).strip();
            return value.isEmpty() || value.matches("^(-|—|–|N/?A|n/?a|none)$") ? null : value;
        }

        private BigDecimal number(List<String> cells, Column column, String name, List<String> problems) {
            String value = cell(cells, column);
            if (value == null) {
                return null;
            }
            BigDecimal parsed = parseMoney(value.replaceFirst("(?i)\\s*shares?$", ""));
            if (parsed == null) {
                problems.add(name + ": cannot read '" + value + "' as a number");
            }
            return parsed;
        }

        private BigDecimal money(List<String> cells, Column column, String name, List<String> problems) {
            String value = cell(cells, column);
            if (value == null) {
                return null;
            }
            BigDecimal parsed = parseMoney(value);
            if (parsed == null) {
                problems.add(name + ": cannot read '" + value + "' as a price like $1,234.50");
            }
            return parsed;
        }

        /** A price, or a percentage of the entry ("8%"), resolved once the side is known. */
        private Level level(List<String> cells, Column column, String name, List<String> problems) {
            String value = cell(cells, column);
            if (value == null) {
                return null;
            }
            Matcher percent = PERCENT.matcher(value);
            if (percent.matches()) {
                BigDecimal distance = new BigDecimal(percent.group(1)).abs();
                return new Level(null, distance, value);
            }
            BigDecimal price = parseMoney(value);
            if (price == null) {
                problems.add(name + ": cannot read '" + value + "' as a price like $1,234.50 or a percentage");
                return null;
            }
            return new Level(price, null, value);
        }

        private BigDecimal confidence(List<String> cells, List<String> problems) {
            String value = cell(cells, Column.CONFIDENCE);
            if (value == null) {
                return null;
            }
            Matcher percent = PERCENT.matcher(value);
            if (percent.matches()) {
                return new BigDecimal(percent.group(1)).movePointLeft(2);
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                problems.add("Confidence: cannot read '" + value + "' as 56% or 0.56");
                return null;
            }
        }
    }

    static BigDecimal parseMoney(String text) {
        Matcher money = MONEY.matcher(text.strip());
        if (!money.matches()) {
            return null;
        }
        String digits = money.group(2).replace(",", "") + (money.group(3) == null ? "" : money.group(3));
        BigDecimal value = new BigDecimal(digits);
        return "-".equals(money.group(1)) ? value.negate() : value;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1);
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** A stop or target: a price, or a distance in percent from the entry. */
    private record Level(BigDecimal price, BigDecimal percent, String written) {
    }

    private static final class RationaleEntry {
        final int line;
        final String bot;
        final String symbol;
        final String action;
        final int headingLine;
        String catalyst;
        LocalDate catalystDate;
        String rationale;

        RationaleEntry(int line, String bot, String symbol, String action, int headingLine) {
            this.line = line;
            this.bot = bot;
            this.symbol = symbol;
            this.action = action;
            this.headingLine = headingLine;
        }
    }

    private static final class OrderDraft {
        final int line;
        final String bot;
        final String table;
        final String symbol;
        Side side;
        final BigDecimal quantity;
        final BigDecimal limit;
        final Level stop;
        final Level target;
        final BigDecimal confidence;
        final String source;
        String rationale;
        String catalyst;
        LocalDate catalystDate;
        final int occurrence;
        final List<String> notes = new ArrayList<>();

        OrderDraft(int line, String bot, String table, String symbol, Side side, BigDecimal quantity,
                BigDecimal limit, Level stop, Level target, BigDecimal confidence, String source, String rationale,
                String catalyst, LocalDate catalystDate, int occurrence) {
            this.line = line;
            this.bot = bot;
            this.table = table;
            this.symbol = symbol;
            this.side = side;
            this.quantity = quantity;
            this.limit = limit;
            this.stop = stop;
            this.target = target;
            this.confidence = confidence;
            this.source = source;
            this.rationale = rationale;
            this.catalyst = catalyst;
            this.catalystDate = catalystDate;
            this.occurrence = occurrence;
        }

        ParsedOrder finish() {
            BigDecimal stopLoss = resolve(stop, "stop loss", true);
            BigDecimal takeProfit = resolve(target, "take profit", false);
            return new ParsedOrder(line, bot, table, symbol, side, quantity, limit, stopLoss, takeProfit, confidence,
                    source, rationale, catalyst, catalystDate, occurrence, List.copyOf(notes));
        }

        /**
         * The file's stop column runs down every row of its table, closing rows included; a closing order takes no
         * bracket, so a level there is dropped (and said so) rather than refusing the order it belongs to.
         */
        private BigDecimal resolve(Level level, String name, boolean losingSide) {
            if (level == null) {
                return null;
            }
            if (!Sides.opens(side)) {
                notes.add(name + " " + level.written() + " ignored: a " + side + " closes a position");
                return null;
            }
            if (level.price() != null) {
                return level.price();
            }
            if (limit == null || limit.signum() <= 0) {
                notes.add(name + " " + level.written() + " ignored: a percentage needs a limit price");
                return null;
            }
            boolean below = (side == Side.BUY) == losingSide;
            BigDecimal factor = BigDecimal.ONE.add(below ? level.percent().negate().movePointLeft(2)
                    : level.percent().movePointLeft(2));
            int scale = limit.compareTo(BigDecimal.ONE) >= 0 ? 2 : 4;
            BigDecimal price = limit.multiply(factor).setScale(scale, RoundingMode.HALF_UP);
            notes.add(name + " " + level.written() + " of the limit " + limit.toPlainString() + " is "
                    + price.toPlainString());
            return price;
        }
    }
}
