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
        return String.join(" ", order.bot(), order.side().name(), order.symbol(), plain(order.quantity()),
                "@" + plain(order.limitPrice()), "stop=" + plain(order.stopLoss()), "tp=" + plain(order.takeProfit()),
                "conf=" + plain(order.confidence()), "src=" + order.source(),
                "cat=" + order.catalyst() + (order.catalystDate() == null ? "" : "(" + order.catalystDate() + ")"));
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
                        0, List.of("SHORGAN-BOT has 9 approved / 0 rejected, the tables hold 5 order(s)")));
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
                        .map(i -> i.bot() + " " + i.symbol() + " " + i.source() + " " + i.occurrence()).toList());
        assertEquals("Fixture: risk veto", parsed.information().get(0).reason());
    }

    @Test
    void unreadableCellsRejectTheirRowNamingTheColumn() {
        TodaysTradesFile parsed = parser.parse("TODAYS_TRADES_2026-03-13.md", fixture("TODAYS_TRADES_2026-03-13.md"));
        List<String> rejected = parsed.notes().stream().filter(note -> note.kind() == LineNote.Kind.REJECTED)
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
