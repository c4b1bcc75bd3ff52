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
 * Reads the original bot's daily file, {@code TODAYS_TRADES_<date>[_LIVE|_DEE_LIVE|_SHORGAN_LIVE].md}: a dated header,
 * one {@code ##} section per bot ({@code DEE-BOT}, {@code SHORGAN-BOT}), each meant for paper or live money, holding
 * order tables whose columns differ (SELL, BUY, SHORT SELL, EXIT POSITIONS…), "No buy orders today" rows, a
 * rejected-recommendations table and, for catalyst bots, a trade rationale block that says which way each BUY-table
 * row really trades (a {@code SELL_TO_OPEN} there is a short). Pure: no I/O, no clock; it reports every table row it
 * saw and what it made of it.
 */
public final class TodaysTradesParser {
    /** The table of an {@code ### EXIT POSITIONS} heading: each row's Type column says how it closes. */
    static final String EXIT = "EXIT";
    private static final Pattern FILE_NAME_DATE = Pattern.compile("TODAYS_TRADES_(\\d{4}-\\d{2}-\\d{2})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_DATE = Pattern.compile(
            "^##\\s+(?:[A-Za-z]+,\\s*)?([A-Z][a-z]+\\s+\\d{1,2},\\s*\\d{4})\\s*$");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final Pattern GENERATED = Pattern.compile(
            "^##\\s+Generated:\\s*(\\d{1,2}:\\d{2}\\s*[AaPp][Mm])(?:\\s*ET)?\\s*$");
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final Pattern BOT = Pattern.compile("\\b([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-BOT)(?:[_ -](LIVE))?\\b");
    /** {@code _LIVE}, {@code _DEE_LIVE}, {@code _SHORGAN_LIVE} after the date: a live file, of one bot or all. */
    private static final Pattern FILE_NAME_LIVE = Pattern.compile(
            "TODAYS_TRADES_\\d{4}-\\d{2}-\\d{2}(?:_([A-Za-z0-9-]+?))?_LIVE(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIVE_WORD = Pattern.compile("(?:\\b|_)LIVE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAPER_WORD = Pattern.compile("\\bPAPER\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY = Pattern.compile(
            "^\\*\\*([A-Z][A-Z0-9-]*-BOT)((?:_|\\s+)LIVE|\\s*\\((?:LIVE|PAPER)\\))?\\*\\*:\\s*(\\d+)\\s+approved"
                    + "\\s*/\\s*(\\d+)\\s+rejected", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKET = Pattern.compile("^(?:at\\s+)?(?:market|mkt)(?:\\s+order)?$",
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
        SYMBOL, QUANTITY, LIMIT, CURRENT_PRICE, STOP, TARGET, CONFIDENCE, SOURCE, RATIONALE, CATALYST,
        CATALYST_DATE, SIDE, REASON
    }

    private static final Map<String, Column> COLUMN_NAMES = Map.ofEntries(
            Map.entry("symbol", Column.SYMBOL), Map.entry("ticker", Column.SYMBOL),
            Map.entry("shares", Column.QUANTITY), Map.entry("qty", Column.QUANTITY),
            Map.entry("quantity", Column.QUANTITY),
            Map.entry("limitprice", Column.LIMIT), Map.entry("limit", Column.LIMIT), Map.entry("entry", Column.LIMIT),
            Map.entry("entryprice", Column.LIMIT), Map.entry("price", Column.LIMIT),
            Map.entry("currentprice", Column.CURRENT_PRICE),
            Map.entry("stoploss", Column.STOP), Map.entry("stop", Column.STOP), Map.entry("stopprice", Column.STOP),
            Map.entry("takeprofit", Column.TARGET), Map.entry("target", Column.TARGET),
            Map.entry("targetprice", Column.TARGET), Map.entry("profittarget", Column.TARGET),
            Map.entry("confidence", Column.CONFIDENCE), Map.entry("source", Column.SOURCE),
            Map.entry("rationale", Column.RATIONALE), Map.entry("thesis", Column.RATIONALE),
            Map.entry("catalyst", Column.CATALYST), Map.entry("catalystdate", Column.CATALYST_DATE),
            Map.entry("side", Column.SIDE), Map.entry("action", Column.SIDE), Map.entry("type", Column.SIDE),
            Map.entry("rejectionreason", Column.REASON), Map.entry("reason", Column.REASON));

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
        private final List<Summary> summaries = new ArrayList<>();
        private final Map<String, Integer> occurrences = new HashMap<>();
        private final Map<BotSection, Integer> orderRowsRead = new HashMap<>();
        private final Map<BotSection, Integer> rejectedRowsRead = new HashMap<>();
        private final List<String> botsSeen = new ArrayList<>();
        /** What the file name and title say is live: a bot's name, or "" for every bot of the file. */
        private final Map<String, String> liveMarks = new LinkedHashMap<>();
        private boolean titleSeen;
        private LocalDate headerDate;
        private LocalTime generatedAt;
        private BotSection section;
        private String table;
        private Map<Column, Integer> columns;
        private int headerWidth;
        private boolean inTable;
        private int rationaleHeadingLine;
        private RationaleEntry rationale;
        private final List<RationaleEntry> rationales = new ArrayList<>();

        Run(String fileName) {
            this.fileName = fileName;
            if (fileName != null) {
                Matcher live = FILE_NAME_LIVE.matcher(fileName);
                if (live.find()) {
                    liveMarks.put("the file name " + fileName, live.group(1) == null ? ""
                            : live.group(1).toUpperCase(Locale.ROOT).replaceFirst("-BOT$", "") + "-BOT");
                }
            }
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
            } else if (line.startsWith("# ")) {
                title(line);
            } else if (line.startsWith("|")) {
                tableRow(number, line);
            } else if (section == null) {
                summary(number, line);
            } else if ("RATIONALE".equals(table)) {
                rationaleLine(number, line);
            } else if ("REJECTED".equals(table) && line.matches("^\\*.*approved.*\\*$")) {
                notes.add(new LineNote(number, LineNote.Kind.NOTE, "no recommendation was rejected", section));
            }
        }

        /** "# Today's AI-Generated Trade Recommendations - SHORGAN-BOT LIVE ($3K Account)": that bot is live. */
        private void title(String line) {
            if (titleSeen) {
                return;
            }
            titleSeen = true;
            if (LIVE_WORD.matcher(line).find()) {
                Matcher bot = BOT.matcher(line);
                liveMarks.put("the title", bot.find() ? bot.group(1) : "");
            }
        }

        private void summary(int number, String line) {
            Matcher summary = SUMMARY.matcher(line);
            if (summary.find()) {
                String marker = summary.group(2) == null ? "" : summary.group(2);
                summaries.add(new Summary(number, line.replaceFirst(":.*", "").replace("*", ""),
                        sectionOf(summary.group(1).toUpperCase(Locale.ROOT), LIVE_WORD.matcher(marker).find(),
                                PAPER_WORD.matcher(marker).find()),
                        Integer.parseInt(summary.group(3)), Integer.parseInt(summary.group(4))));
            }
        }

        /**
         * The mode a section's bot meant. Its own heading decides when it says LIVE or paper; otherwise the file name
         * ({@code _LIVE}, {@code _DEE_LIVE}) and the title do. Contradictions are refused, never guessed: a heading
         * saying both, a "paper" heading for a bot the file name or title calls live, or an unmarked section of
         * another bot in one bot's live file. A file marked live for every bot may still hold an explicitly paper
         * section (the bot wrote both accounts' trades into its {@code _LIVE} file).
         */
        private BotSection sectionOf(String bot, boolean saysLive, boolean saysPaper) {
            if (saysLive && saysPaper) {
                return BotSection.unclear(bot, "the heading says both paper and live");
            }
            if (saysLive) {
                return BotSection.of(bot, TradingMode.LIVE);
            }
            List<String> forThisBot = liveMarks.entrySet().stream()
                    .filter(mark -> mark.getValue().equals(bot)).map(Map.Entry::getKey).toList();
            if (saysPaper) {
                return forThisBot.isEmpty() ? BotSection.of(bot, TradingMode.PAPER) : BotSection.unclear(bot,
                        "the heading says paper but " + String.join(" and ", forThisBot)
                                + (forThisBot.size() > 1 ? " mark " : " marks ") + bot + " live");
            }
            if (!forThisBot.isEmpty() || liveMarks.containsValue("")) {
                return BotSection.of(bot, TradingMode.LIVE);
            }
            if (!liveMarks.isEmpty()) {
                Map.Entry<String, String> other = liveMarks.entrySet().iterator().next();
                return BotSection.unclear(bot, other.getKey() + " marks " + other.getValue() + " live, and this "
                        + bot + " section says neither paper nor live");
            }
            return BotSection.of(bot, TradingMode.PAPER);
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
            section = null;
            table = null;
            if (botName.find()) {
                section = sectionOf(botName.group(1), LIVE_WORD.matcher(line).find(),
                        PAPER_WORD.matcher(line).find());
                botsSeen.add(section.bot());
                notes.add(new LineNote(number, LineNote.Kind.NOTE, "section " + section
                        + (section.refusal() == null ? "" : ": " + section.refusal() + "; nothing of it is imported"),
                        section));
            }
        }

        private void heading3(int number, String line) {
            if (section == null) {
                table = null;
                return;
            }
            String heading = line.toUpperCase(Locale.ROOT);
            if (heading.contains("REJECTED")) {
                table = "REJECTED";
            } else if (heading.contains("RATIONALE")) {
                table = "RATIONALE";
                rationaleHeadingLine = number;
            } else if (heading.matches(".*\\bEXIT (POSITIONS?|ORDERS?)\\b.*")) {
                table = EXIT;
            } else if (heading.matches(".*\\b(SHORT SELL|SELL SHORT|SHORT ORDERS?)\\b.*")) {
                table = "SELL_SHORT";
            } else if (heading.matches(".*\\b(BUY TO COVER|COVER)\\b.*ORDERS?\\b.*")) {
                table = "BUY_TO_COVER";
            } else if (heading.matches(".*\\bSELL\\b.*ORDERS?\\b.*")) {
                table = "SELL";
            } else if (heading.matches(".*\\bBUY\\b.*ORDERS?\\b.*")) {
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
            if (section == null || table == null || "RATIONALE".equals(table)) {
                notes.add(new LineNote(number, LineNote.Kind.IGNORED, section == null ? "table outside a bot section"
                        : "table outside an order or rejected table", section));
                return;
            }
            if (!cells.isEmpty() && NO_ORDERS.matcher(cells.get(0)).matches()) {
                notes.add(new LineNote(number, LineNote.Kind.NO_ORDERS, section + " " + table + ": " + cells.get(0),
                        section));
                return;
            }
            if (first && looksLikeHeader(cells)) {
                columns = header(number, cells);
                headerWidth = cells.size();
                return;
            }
            boolean rejectedTable = "REJECTED".equals(table);
            (rejectedTable ? rejectedRowsRead : orderRowsRead).merge(section, 1, Integer::sum);
            if (columns == null) {
                notes.add(new LineNote(number, LineNote.Kind.REJECTED,
                        "a table row without a header row: its columns cannot be known", section));
                return;
            }
            if (cells.size() != headerWidth) {
                String symbol = columns.containsKey(Column.SYMBOL) && columns.get(Column.SYMBOL) < cells.size()
                        ? symbol(cells.get(columns.get(Column.SYMBOL))) : null;
                notes.add(new LineNote(number, LineNote.Kind.REJECTED, "has " + cells.size()
                        + " cells where the header has " + headerWidth, section, symbol,
                        rejectedTable ? null : tableSide()));
                return;
            }
            if (rejectedTable) {
                rejectedRow(number, cells);
            } else {
                orderRow(number, cells);
            }
        }

        /** The side a row of the current table trades unless a Side/Type cell says otherwise; none for an exit. */
        private Side tableSide() {
            return EXIT.equals(table) ? null : Side.valueOf(table);
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
            if (found.containsKey(Column.CURRENT_PRICE)) {
                notes.add(new LineNote(number, LineNote.Kind.NOTE, found.containsKey(Column.LIMIT)
                        ? "Current Price not read: the Limit Price column gives the limit"
                        : "Current Price read as each row's limit price: the table has no Limit Price column, and"
                                + " the bot placed its limit orders at this price", section));
                if (found.containsKey(Column.LIMIT)) {
                    found.remove(Column.CURRENT_PRICE);
                }
            }
            if (!unknown.isEmpty()) {
                notes.add(new LineNote(number, LineNote.Kind.NOTE, "columns not read: " + unknown, section));
            }
            return found;
        }

        private void rejectedRow(int number, List<String> cells) {
            String symbol = cell(cells, Column.SYMBOL);
            if (symbol == null) {
                notes.add(new LineNote(number, LineNote.Kind.REJECTED, "rejected-table row without a symbol",
                        section));
                return;
            }
            String source = cell(cells, Column.SOURCE);
            int occurrence = occurrence(section.idKey() + "|REJECTED|" + symbol + "|" + source);
            information.add(new ParsedInformation(number, section, symbol, source, cell(cells, Column.REASON),
                    occurrence));
        }

        private static String symbol(String cell) {
            return cell.replace("*", "").replaceFirst("^\\$", "").strip();
        }

        private void orderRow(int number, List<String> cells) {
            List<String> problems = new ArrayList<>();
            List<String> rowNotes = new ArrayList<>();
            String symbol = cell(cells, Column.SYMBOL);
            if (symbol == null) {
                problems.add("Symbol: is empty");
            } else {
                symbol = symbol(symbol);
            }
            Side side = tableSide();
            String sideCell = cell(cells, Column.SIDE);
            if (sideCell != null) {
                Optional<Side> parsed = Sides.parse(sideCell);
                if (parsed.isPresent()) {
                    side = parsed.get();
                } else {
                    problems.add("Side: '" + sideCell + "' is not one of " + Sides.ACCEPTED);
                }
            }
            if (EXIT.equals(table) && sideCell == null) {
                problems.add("Type: an EXIT POSITIONS row needs a Type of SELL or BUY_TO_COVER");
            } else if (EXIT.equals(table) && side != null && Sides.opens(side)) {
                problems.add("Type: an EXIT POSITIONS row closes a position (SELL or BUY_TO_COVER), got " + side);
            }
            BigDecimal quantity = number(cells, Column.QUANTITY, "Shares", problems);
            BigDecimal limit = limit(cells, problems, rowNotes);
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
                notes.add(new LineNote(number, LineNote.Kind.REJECTED, String.join("; ", problems), section, symbol,
                        side));
                return;
            }
            int occurrence = occurrence(section.idKey() + "|" + table + "|" + symbol);
            OrderDraft draft = new OrderDraft(number, section, table, symbol, side, quantity, limit, stop, target,
                    confidence, cell(cells, Column.SOURCE), cell(cells, Column.RATIONALE), catalyst, catalystDate,
                    occurrence);
            draft.notes.addAll(rowNotes);
            drafts.add(draft);
        }

        /**
         * The limit: the Limit Price column, else the Current Price column (the bot's executor placed its limit
         * there); {@code MARKET} is a market order, priced by risk-service's own rules for those.
         */
        private BigDecimal limit(List<String> cells, List<String> problems, List<String> rowNotes) {
            boolean fromCurrent = !columns.containsKey(Column.LIMIT);
            Column column = fromCurrent ? Column.CURRENT_PRICE : Column.LIMIT;
            String name = fromCurrent ? "Current Price" : "Limit Price";
            String value = cell(cells, column);
            if (value != null && MARKET.matcher(value).matches()) {
                rowNotes.add(name + " '" + value + "': a market order, no limit price (risk-service prices it at the"
                        + " last known price and applies its market-order rules)");
                return null;
            }
            BigDecimal limit = money(cells, column, name, problems);
            if (fromCurrent && limit != null) {
                rowNotes.add("limit " + limit.toPlainString() + " from the Current Price column");
            }
            return limit;
        }

        private int occurrence(String key) {
            return occurrences.merge(key, 1, Integer::sum) - 1;
        }

        private void rationaleLine(int number, String line) {
            Matcher entry = RATIONALE_ENTRY.matcher(line);
            if (entry.matches()) {
                finishRationale();
                rationale = new RationaleEntry(number, section, entry.group(1).toUpperCase(Locale.ROOT),
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
                        .filter(d -> d.section.equals(entry.section) && d.symbol.equals(entry.symbol)).toList();
                List<OrderDraft> above = sameSymbol.stream().filter(d -> d.line < entry.headingLine)
                        .filter(d -> d.table.equals(lastTableBefore(entry))).toList();
                List<OrderDraft> targets = above.size() == 1 ? above : sameSymbol.size() == 1 ? sameSymbol : List.of();
                if (targets.isEmpty()) {
                    notes.add(new LineNote(entry.line, LineNote.Kind.NOTE, "trade rationale for " + entry.symbol
                            + (sameSymbol.isEmpty() ? " matches no order row" : " matches several order rows")
                            + "; not applied", entry.section, entry.symbol, null));
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
                        + " applied to line " + draft.line, entry.section, entry.symbol, draft.side));
            }
        }

        private String lastTableBefore(RationaleEntry entry) {
            return drafts.stream().filter(d -> d.section.equals(entry.section) && d.line < entry.headingLine)
                    .reduce((a, b) -> b).map(d -> d.table).orElse("");
        }

        /**
         * The validation summary says how many orders and rejected ideas each bot's tables hold; a table the parser
         * did not recognise (or a row it lost) shows as a disagreement, reported on the summary's line.
         */
        private void checkSummaries() {
            for (Summary summary : summaries) {
                int orderRows = orderRowsRead.getOrDefault(summary.section(), 0);
                int rejectedRows = rejectedRowsRead.getOrDefault(summary.section(), 0);
                if (orderRows != summary.approved() || rejectedRows != summary.rejected()) {
                    String message = "the summary says " + summary.label() + " has " + summary.approved()
                            + " approved / " + summary.rejected() + " rejected, the tables of " + summary.section()
                            + " hold " + orderRows + " order row(s) / " + rejectedRows + " rejected row(s)";
                    warnings.add("line " + summary.line() + ": " + message);
                    notes.add(new LineNote(summary.line(), LineNote.Kind.WARNING, message, summary.section()));
                }
            }
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

        /** A count of shares ("25", "25 shares"). */
        private BigDecimal number(List<String> cells, Column column, String name, List<String> problems) {
            return amount(cells, column, name, problems, "(?i)\\s*shares?$", "a number");
        }

        private BigDecimal money(List<String> cells, Column column, String name, List<String> problems) {
            return amount(cells, column, name, problems, null, "a price like $1,234.50 or MARKET");
        }

        /** The cell as an amount, {@code unit} (a regex) dropped first; a cell it cannot read is a problem. */
        private BigDecimal amount(List<String> cells, Column column, String name, List<String> problems, String unit,
                String expected) {
            String value = cell(cells, column);
            if (value == null) {
                return null;
            }
            BigDecimal parsed = parseMoney(unit == null ? value : value.replaceFirst(unit, ""));
            if (parsed == null) {
                problems.add(name + ": cannot read '" + value + "' as " + expected);
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

    /** A validation-summary line: "**DEE-BOT (LIVE)**: 8 approved / 0 rejected". */
    private record Summary(int line, String label, BotSection section, int approved, int rejected) {
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
        // A trailing backslash after the last pipe (a line continuation some files carry) is not a cell.
        String inner = line.strip().replaceFirst("\\|\\s*\\\\+$", "|");
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
        final BotSection section;
        final String symbol;
        final String action;
        final int headingLine;
        String catalyst;
        LocalDate catalystDate;
        String rationale;

        RationaleEntry(int line, BotSection section, String symbol, String action, int headingLine) {
            this.line = line;
            this.section = section;
            this.symbol = symbol;
            this.action = action;
            this.headingLine = headingLine;
        }
    }

    private static final class OrderDraft {
        final int line;
        final BotSection section;
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

        OrderDraft(int line, BotSection section, String table, String symbol, Side side, BigDecimal quantity,
                BigDecimal limit, Level stop, Level target, BigDecimal confidence, String source, String rationale,
                String catalyst, LocalDate catalystDate, int occurrence) {
            this.line = line;
            this.section = section;
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
            return new ParsedOrder(line, section, table, symbol, side, quantity, limit, stopLoss, takeProfit, confidence,
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
