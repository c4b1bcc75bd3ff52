package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tradeguard.recommendation.TradeFixtures;

/**
 * The parser reads each of the project's own fixture files (modelled on the original bot's format) to exactly the
 * orders it lists. Each order is compared as one line: bot, side, symbol, shares, limit, stop, take profit,
 * confidence, source, catalyst.
 */
class TodaysTradesParserTest {
    private final TodaysTradesParser parser = new TodaysTradesParser();

    static String fixture(String name) {
        return TradeFixtures.read(name);
    }

    static String describe(ParsedOrder order) {
        return String.join(" ", order.section().idKey(), order.side().name(), order.symbol(), plain(order.quantity()),
                "@" + plain(order.limitPrice()), "stop=" + plain(order.stopLoss()), "tp=" + plain(order.takeProfit()),
                "conf=" + plain(order.confidence()), "src=" + order.source(),
                "cat=" + order.catalyst() + (order.catalystDate() == null ? "" : "(" + order.catalystDate() + ")"));
    }

    static List<LineNote> notes(TodaysTradesFile parsed, LineNote.Kind kind) {
        return parsed.notes().stream().filter(note -> note.kind() == kind).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("TODAYS_TRADES_2026-03-10.md", "2026-03-10", "08:30", List.of(
                        "DEE-BOT SELL KO 40 @61.25 stop=- tp=- conf=0.58 src=CLAUDE cat=null",
                        "DEE-BOT SELL WMT 6 @97.10 stop=- tp=- conf=0.61 src=CLAUDE cat=null",
                        "DEE-BOT BUY JNJ 25 @158.40 stop=145.70 tp=- conf=0.62 src=CLAUDE cat=null",
                        "DEE-BOT BUY AZO 2 @3412.75 stop=3139.73 tp=- conf=0.60 src=CHATGPT cat=null",
                        "SHORGAN-BOT SELL RKLB 120 @24.10 stop=- tp=- conf=0.57 src=CLAUDE cat=null",
                        "SHORGAN-BOT SELL QSI 500 @0.8750 stop=- tp=- conf=0.55 src=CLAUDE cat=null",
                        "SHORGAN-BOT BUY PLTR 30 @88.00 stop=79.20 tp=- conf=0.64 src=CLAUDE"
                                + " cat=Contract award decision(2026-03-18)",
                        "SHORGAN-BOT SELL_SHORT SNAP 400 @9.40 stop=10.60 tp=- conf=0.59 src=CLAUDE"
                                + " cat=Lock-up expiry(2026-03-16)",
                        "SHORGAN-BOT BUY_TO_COVER HOOD 50 @41.30 stop=- tp=- conf=0.58 src=CLAUDE cat=Market catalyst",
                        "SHORGAN-BOT BUY NVDA 10 @131.50 stop=120.00 tp=- conf=0.66 src=CLAUDE"
                                + " cat=Developer conference(2026-03-17)"),
                        1, List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-11.md", "2026-03-11", "17:05", List.of(), 5, List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-12.md", "2026-03-12", "08:15", List.of(
                        "DEE-BOT BUY XOM 20 @112.40 stop=- tp=- conf=0.63 src=CLAUDE cat=null",
                        "DEE-BOT_LIVE BUY XOM 10 @112.40 stop=103.41 tp=129.26 conf=0.63 src=CLAUDE cat=null",
                        "DEE-BOT_LIVE BUY CVX 1000 @1150.00 stop=- tp=- conf=0.61 src=CLAUDE cat=null",
                        "SHORGAN-BOT_LIVE SELL_SHORT TSLA 15 @402.00 stop=- tp=- conf=0.70 src=CLAUDE cat=null",
                        "SHORGAN-BOT_LIVE SELL SOFI 200 @14.25 stop=- tp=- conf=0.55 src=CLAUDE cat=null",
                        "SHORGAN-BOT_LIVE BUY AMD 25 @118.00 stop=106.20 tp=- conf=0.665 src=CLAUDE cat=null"),
                        0, List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-13.md", "2026-03-13", "08:30", List.of(
                        "SHORGAN-BOT BUY RIOT 100 @-9.50 stop=8.00 tp=- conf=0.60 src=CLAUDE cat=null",
                        "SHORGAN-BOT BUY PATH 100 @13.50 stop=14.50 tp=- conf=0.60 src=CLAUDE cat=null",
                        "SHORGAN-BOT BUY brk.b 5 @480.00 stop=450.00 tp=- conf=1.50 src=CLAUDE cat=null",
                        "SHORGAN-BOT BUY ARQT 80 @21.40 stop=19.50 tp=- conf=0.62 src=CLAUDE cat=null",
                        "SHORGAN-BOT BUY ARQT 80 @21.45 stop=19.50 tp=- conf=0.62 src=CLAUDE cat=null",
                        "ALPHA-BOT BUY IBM 10 @250.00 stop=230.00 tp=- conf=0.60 src=CLAUDE cat=null"),
                        0, List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-16_LIVE.md", "2026-03-16", "08:30", List.of(
                        "DEE-BOT_LIVE SELL MMM 12 @- stop=- tp=- conf=0.56 src=CLAUDE cat=null",
                        "DEE-BOT_LIVE SELL HD 3 @371.20 stop=- tp=- conf=0.58 src=CLAUDE cat=null",
                        "DEE-BOT_LIVE BUY PEP 8 @151.40 stop=139.30 tp=- conf=0.61 src=CLAUDE cat=null",
                        "DEE-BOT_LIVE BUY LIN 1 @455.00 stop=418.60 tp=- conf=0.60 src=CLAUDE cat=null"),
                        1, List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-17_SHORGAN_LIVE.md", "2026-03-17", "08:30", List.of(
                        "SHORGAN-BOT_LIVE SELL BEAM 1 @- stop=- tp=- conf=0.56 src=CLAUDE cat=null",
                        "SHORGAN-BOT_LIVE SELL RXRX 20 @6.15 stop=- tp=- conf=0.56 src=CLAUDE cat=null",
                        "SHORGAN-BOT_LIVE BUY UPST 4 @52.10 stop=44.30 tp=- conf=0.57 src=CLAUDE"
                                + " cat=Investor day(2026-03-24)",
                        "SHORGAN-BOT_LIVE BUY HIMS 6 @- stop=24.00 tp=- conf=0.58 src=CLAUDE cat=null",
                        "SHORGAN-BOT_LIVE BUY LCID 40 @2.84 stop=2.41 tp=- conf=0.55 src=CLAUDE"
                                + " cat=Delivery numbers(2026-04-02)"),
                        0, List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-18_LIVE.md", "2026-03-18", "07:45", List.of(
                        "DEE-BOT SELL PFE 100 @- stop=- tp=- conf=0.56 src=CLAUDE cat=null",
                        "DEE-BOT BUY MRK 15 @96.40 stop=88.70 tp=- conf=0.60 src=CLAUDE cat=null",
                        "SHORGAN-BOT_LIVE BUY APPS 12 @8.50 stop=7.23 tp=- conf=0.57 src=CLAUDE cat=null",
                        "DEE-BOT_LIVE BUY MRK 5 @96.40 stop=88.70 tp=- conf=0.60 src=CLAUDE cat=null"),
                        0, List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-19_DEE_LIVE.md", "2026-03-19", "08:30", List.of(
                        "DEE-BOT_UNCLEAR BUY ABT 10 @118.20 stop=108.70 tp=- conf=0.60 src=CLAUDE cat=null",
                        "SHORGAN-BOT_UNCLEAR BUY CRSP 10 @48.00 stop=41.00 tp=- conf=0.58 src=CLAUDE cat=null"),
                        0, List.of("line 8: the summary says DEE-BOT (LIVE) has 1 approved / 0 rejected, the tables"
                                + " of DEE-BOT (live) hold 0 order row(s)")),
                Arguments.of("TODAYS_TRADES_2026-03-20.md", "2026-03-20", "09:10", List.of(
                        "DEE-BOT SELL UNH 4 @298.40 stop=- tp=- conf=0.56 src=CLAUDE cat=null",
                        "DEE-BOT BUY CSCO 30 @61.05 stop=55.90 tp=- conf=0.58 src=CLAUDE cat=null",
                        "DEE-BOT BUY SO 12 @88.10 stop=80.20 tp=- conf=0.57 src=CLAUDE cat=null",
                        "SHORGAN-BOT BUY SOUN 200 @9.40 stop=8.50 tp=- conf=- src=null cat=null",
                        "SHORGAN-BOT SELL_SHORT NCNO 50 @27.25 stop=29.50 tp=- conf=- src=null cat=null",
                        "SHORGAN-BOT SELL_SHORT IONQ 20 @31.00 stop=35.00 tp=- conf=- src=null cat=null",
                        "SHORGAN-BOT SELL GPK 140 @- stop=- tp=- conf=- src=null cat=null",
                        "SHORGAN-BOT SELL KSS 90 @- stop=- tp=- conf=- src=null cat=null"),
                        0, List.of("line 9: the summary says SHORGAN-BOT has 7 approved / 0 rejected, the tables of"
                                + " SHORGAN-BOT (paper) hold 6 order row(s) / 0 rejected row(s)")));
    }

    private static final String FILE_HEAD = "# Today's AI-Generated Trade Recommendations%s\n## Monday, March 16, 2026\n";
    private static final String TABLE = "\n### BUY ORDERS\n| Symbol | Shares | Limit Price |\n|---|---|---|\n| MU | 5 | $95.00 |\n";

    /**
     * Where a section's mode comes from: its own heading (LIVE or paper), else the file name's {@code _LIVE},
     * {@code _DEE_LIVE}, {@code _SHORGAN_LIVE} and the title; contradictions are refused, never guessed.
     */
    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = ';', nullValues = "none", value = {
            "TODAYS_TRADES_2026-03-16.md;              none;                   ## 🛡️ DEE-BOT TRADES (Defensive S&P 100);     DEE-BOT (paper)",
            "TODAYS_TRADES_2026-03-16_LIVE.md;         none;                   ## 🛡️ DEE-BOT TRADES (Defensive S&P 100);     DEE-BOT (live)",
            "TODAYS_TRADES_2026-03-16_DEE_LIVE.md;     none;                   ## 🛡️ DEE-BOT TRADES (Defensive S&P 100);     DEE-BOT (live)",
            "TODAYS_TRADES_2026-03-16_SHORGAN_LIVE.md; none;                   ## 🚀 SHORGAN-BOT TRADES (Catalyst-Driven);   SHORGAN-BOT (live)",
            "TODAYS_TRADES_2026-03-16.md;              ' - DEE-BOT LIVE ($10K Account)'; ## 🛡️ DEE-BOT TRADES (Defensive S&P 100); DEE-BOT (live)",
            "TODAYS_TRADES_2026-03-16.md;              none;                   ## 🚀 SHORGAN-BOT TRADES (LIVE $3K) (Catalyst-Driven); SHORGAN-BOT (live)",
            "TODAYS_TRADES_2026-03-16.md;              none;                   ## 🛡️ DEE-BOT_LIVE TRADES;                    DEE-BOT (live)",
            "TODAYS_TRADES_2026-03-16.md;              none;                   ## 🚀 SHORGAN-BOT LIVE TRADES ($2K Account);  SHORGAN-BOT (live)",
            "TODAYS_TRADES_2026-03-16_LIVE.md;         none;                   ## 📊 DEE-BOT TRADES (Paper $100K Account);   DEE-BOT (paper)",
            "TODAYS_TRADES_2026-03-16_DEE_LIVE.md;     none;                   ## 📊 DEE-BOT TRADES (Paper $100K Account);   DEE-BOT (mode unclear)",
            "TODAYS_TRADES_2026-03-16_SHORGAN_LIVE.md; none;                   ## 🛡️ DEE-BOT TRADES (Defensive S&P 100);     DEE-BOT (mode unclear)",
            "TODAYS_TRADES_2026-03-16.md;              none;                   ## DEE-BOT TRADES (Live after the paper month); DEE-BOT (mode unclear)" })
    void aSectionsModeComesFromItsHeadingElseTheFileNameAndTitle(String fileName, String title, String heading,
            String section) {
        String text = FILE_HEAD.formatted(title == null ? "" : title) + heading + "\n" + TABLE;
        TodaysTradesFile parsed = parser.parse(fileName, text);
        assertEquals(List.of(), parsed.errors());
        assertEquals(section, parsed.orders().get(0).section().toString());
        assertEquals(section.contains("unclear"), parsed.orders().get(0).section().refusal() != null);
    }

    /** Which {@code ###} headings hold orders, and which way their rows trade; any other table is skipped. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "### SELL ORDERS; SELL", "### SELL ORDERS - CLEAR LAST $4,297 MARGIN; SELL", "### BUY ORDERS; BUY",
            "### SHORT SELL; SELL_SHORT", "### SHORT SELL ORDER; SELL_SHORT", "### SELL SHORT ORDERS; SELL_SHORT",
            "### SHORT ORDERS; SELL_SHORT", "### BUY TO COVER ORDERS; BUY_TO_COVER", "### COVER ORDERS; BUY_TO_COVER",
            "### EXIT POSITIONS; REJECTED_WITHOUT_A_TYPE", "### SHORT-TERM CATALYSTS; IGNORED",
            "### EXIT STRATEGY; IGNORED", "### Execution Priority; IGNORED", "### BUY Positions (New Entries); IGNORED" })
    void orderTablesAreRecognisedByTheirHeadingAndNoOtherTableTrades(String heading, String expected) {
        String text = "## Monday, March 16, 2026\n## 🚀 SHORGAN-BOT TRADES\n" + heading
                + "\n| Symbol | Shares | Limit Price |\n|---|---|---|\n| MU | 5 | $95.00 |\n";
        TodaysTradesFile parsed = parser.parse("TODAYS_TRADES_2026-03-16.md", text);
        String read = parsed.orders().isEmpty() ? parsed.notes().stream().filter(n -> n.line() == 6)
                .map(n -> n.kind() == LineNote.Kind.REJECTED && n.message().startsWith("Type:") ? "REJECTED_WITHOUT_A_TYPE"
                        : n.kind().name()).findFirst().orElse("nothing") : parsed.orders().get(0).side().name();
        assertEquals(expected, read);
    }

    /** One row per variant the origin bot writes, each read from the project's own fixture of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "MARKET as the limit price is a market order; TODAYS_TRADES_2026-03-17_SHORGAN_LIVE.md; 22; SHORGAN-BOT_LIVE SELL BEAM 1 @- stop=- tp=- conf=0.56 src=CLAUDE cat=null; a market order",
            "a percentage stop on a market row needs a limit; TODAYS_TRADES_2026-03-17_SHORGAN_LIVE.md; 30; SHORGAN-BOT_LIVE BUY HIMS 6 @- stop=24.00 tp=- conf=0.58 src=CLAUDE cat=null; a market order",
            "### SHORT SELL; TODAYS_TRADES_2026-03-20.md; 39; SHORGAN-BOT SELL_SHORT NCNO 50 @27.25 stop=29.50 tp=- conf=- src=null cat=null; ",
            "### SHORT SELL ORDER with a Ticker column; TODAYS_TRADES_2026-03-20.md; 44; SHORGAN-BOT SELL_SHORT IONQ 20 @31.00 stop=35.00 tp=- conf=- src=null cat=null; ",
            "### EXIT POSITIONS, Type SELL; TODAYS_TRADES_2026-03-20.md; 49; SHORGAN-BOT SELL GPK 140 @- stop=- tp=- conf=- src=null cat=null; ",
            "a separator with a trailing backslash, Current Price as the limit; TODAYS_TRADES_2026-03-20.md; 18; DEE-BOT SELL UNH 4 @298.40 stop=- tp=- conf=0.56 src=CLAUDE cat=null; from the Current Price column",
            "an unmarked section of a _LIVE file is live; TODAYS_TRADES_2026-03-16_LIVE.md; 28; DEE-BOT_LIVE BUY PEP 8 @151.40 stop=139.30 tp=- conf=0.61 src=CLAUDE cat=null; ",
            "a paper heading in a _LIVE file stays paper; TODAYS_TRADES_2026-03-18_LIVE.md; 17; DEE-BOT BUY MRK 15 @96.40 stop=88.70 tp=- conf=0.60 src=CLAUDE cat=null; " })
    void eachVariantReadsToItsOrder(String variant, String file, int line, String order, String note) {
        ParsedOrder read = parser.parse(file, fixture(file)).orders().stream().filter(o -> o.line() == line)
                .findFirst().orElseThrow(() -> new AssertionError(variant + ": no order on line " + line));
        assertEquals(order, describe(read), variant);
        if (note != null && !note.isBlank()) {
            assertTrue(read.notes().stream().anyMatch(n -> n.contains(note)), variant + ": " + read.notes());
        }
    }

    @Test
    void anExitRowMustCloseAndEveryRejectedRowNamesItsBotSymbolAndSide() {
        TodaysTradesFile parsed = parser.parse("TODAYS_TRADES_2026-03-20.md", fixture("TODAYS_TRADES_2026-03-20.md"));
        List<LineNote> rejected = notes(parsed, LineNote.Kind.REJECTED);
        assertEquals(1, rejected.size(), rejected.toString());
        assertEquals(51, rejected.get(0).line());
        assertEquals("SHORGAN-BOT (paper) FUBO BUY", rejected.get(0).section() + " " + rejected.get(0).symbol() + " "
                + rejected.get(0).side());
        assertTrue(rejected.get(0).message().contains("closes a position (SELL or BUY_TO_COVER), got BUY"));

        String file = "TODAYS_TRADES_2026-03-13.md";
        List<LineNote> unreadable = notes(parser.parse(file, fixture(file)), LineNote.Kind.REJECTED);
        assertEquals(List.of("17 SHORGAN-BOT (paper) MU BUY", "20 SHORGAN-BOT (paper) CIVI BUY",
                "24 SHORGAN-BOT (paper) BEAM BUY", "25 SHORGAN-BOT (paper) GKOS BUY"), unreadable.stream()
                        .map(note -> note.line() + " " + note.section() + " " + note.symbol() + " " + note.side())
                        .toList());
    }

    @Test
    void aSummaryThatDisagreesWithTheTablesIsAWarningLineNamingTheBot() {
        TodaysTradesFile parsed = parser.parse("TODAYS_TRADES_2026-03-20.md", fixture("TODAYS_TRADES_2026-03-20.md"));
        List<LineNote> warnings = notes(parsed, LineNote.Kind.WARNING);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(9, warnings.get(0).line());
        assertEquals("SHORGAN-BOT (paper)", warnings.get(0).section().toString());
        assertTrue(parsed.notes().stream().anyMatch(note -> note.line() == 56 && note.kind() == LineNote.Kind.IGNORED),
                "the row the summary counts but no known table holds: " + parsed.notes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFixtureReadsToExactlyTheOrdersItLists(String file, String date, String generated, List<String> orders,
            int rejectedTableRows, List<String> warnings) {
        TodaysTradesFile parsed = parser.parse(file, fixture(file));

        assertEquals(List.of(), parsed.errors());
        assertEquals(LocalDate.parse(date), parsed.date());
        assertEquals(LocalTime.parse(generated), parsed.generatedAt());
        assertEquals(orders, parsed.orders().stream().map(TodaysTradesParserTest::describe).toList());
        assertEquals(rejectedTableRows, parsed.information().size());
        assertEquals(warnings.size(), parsed.warnings().size(), parsed.warnings().toString());
        for (int i = 0; i < warnings.size(); i++) {
            assertTrue(parsed.warnings().get(i).contains(warnings.get(i)), parsed.warnings().toString());
        }
    }

    @Test
    void aCatalystRationaleTurnsBuyTableRowsIntoShortsAndCoversAndDropsTheCoversStop() {
        List<ParsedOrder> orders = parser.parse("x.md", fixture("TODAYS_TRADES_2026-03-10.md")).orders();
        ParsedOrder snap = orders.stream().filter(o -> o.symbol().equals("SNAP")).findFirst().orElseThrow();
        assertEquals("BUY", snap.table(), "the id stays tied to the table the row stood in");
        assertTrue(snap.notes().get(0).contains("SELL_TO_OPEN"), snap.notes().toString());
        ParsedOrder hood = orders.stream().filter(o -> o.symbol().equals("HOOD")).findFirst().orElseThrow();
        assertNull(hood.stopLoss());
        assertTrue(hood.notes().stream().anyMatch(note -> note.contains("$36.00 ignored")), hood.notes().toString());
        assertEquals("Fixture: close the short once the thesis played out", hood.rationale());
    }

    @Test
    void noOrderRowsRejectedTablesAndEmptySectionsAreReportedNotTraded() {
        TodaysTradesFile parsed = parser.parse("TODAYS_TRADES_2026-03-11.md", fixture("TODAYS_TRADES_2026-03-11.md"));
        assertEquals(List.of(20, 38), parsed.notes().stream()
                .filter(note -> note.kind() == LineNote.Kind.NO_ORDERS).map(LineNote::line).toList());
        assertEquals(List.of("DEE-BOT PG CLAUDE 0", "DEE-BOT PG CHATGPT 0", "DEE-BOT DUK CLAUDE 0",
                "SHORGAN-BOT ACAD CHATGPT 0", "SHORGAN-BOT RXRX CLAUDE 0"), parsed.information().stream()
                        .map(i -> i.section().idKey() + " " + i.symbol() + " " + i.source() + " " + i.occurrence()).toList());
        assertEquals("Fixture: risk veto", parsed.information().get(0).reason());
    }

    @Test
    void unreadableCellsRejectTheirRowNamingTheColumn() {
        TodaysTradesFile parsed = parser.parse("TODAYS_TRADES_2026-03-13.md", fixture("TODAYS_TRADES_2026-03-13.md"));
        List<String> rejected = notes(parsed, LineNote.Kind.REJECTED).stream()
                .map(note -> note.line() + " " + note.message()).toList();
        assertEquals(4, rejected.size(), rejected.toString());
        assertTrue(rejected.get(0).startsWith("17 Shares: cannot read 'ten'"), rejected.toString());
        assertTrue(rejected.get(1).startsWith("20 has 5 cells where the header has 6"), rejected.toString());
        assertTrue(rejected.get(2).startsWith("24 Stop Loss: cannot read '5 dollars'"), rejected.toString());
        assertTrue(rejected.get(3).startsWith("25 Limit Price: cannot read '$1,02.00'"), rejected.toString());
    }

    @Test
    void aTableOutsideABotSectionIsIgnored() {
        TodaysTradesFile parsed = parser.parse("x.md", fixture("TODAYS_TRADES_2026-03-10.md"));
        assertTrue(parsed.notes().stream().anyMatch(note -> note.kind() == LineNote.Kind.IGNORED
                && note.message().contains("outside a bot section")), parsed.notes().toString());
    }

    @Test
    void aFileWithoutDateOrBotSectionIsUnusable() {
        TodaysTradesFile parsed = parser.parse("notes.md", "# Shopping list\n| Symbol | Shares |\n| MU | 3 |\n");
        assertEquals(2, parsed.errors().size(), parsed.errors().toString());
        assertTrue(parsed.errors().stream().anyMatch(e -> e.contains("no date")));
        assertTrue(parsed.errors().stream().anyMatch(e -> e.contains("no bot section")));
    }

    @Test
    void aFileNameDateThatDisagreesWithTheHeaderIsUnusable() {
        TodaysTradesFile parsed = parser.parse("TODAYS_TRADES_2026-03-09.md", fixture("TODAYS_TRADES_2026-03-10.md"));
        assertEquals(List.of("the file name says 2026-03-09 but the header says 2026-03-10"), parsed.errors());
    }

    @Test
    void pricesReadWithThousandsSeparatorsAndSigns() {
        assertEquals(new BigDecimal("1234.50"), TodaysTradesParser.parseMoney("$1,234.50"));
        assertEquals(new BigDecimal("-9.5"), TodaysTradesParser.parseMoney("-$9.5"));
        assertEquals(new BigDecimal("0.8750"), TodaysTradesParser.parseMoney("0.8750"));
        assertNull(TodaysTradesParser.parseMoney("$12,34"));
        assertNull(TodaysTradesParser.parseMoney("about 12"));
    }
}
