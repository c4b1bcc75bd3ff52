package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** paper-month refuses bad arguments with exit code 2 and a message naming the option, before sending anything. */
class PaperMonthArgumentsTest extends WithFakeServices {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "--days 0; --days must be from 1 to 260 trading days, got 0",
        "--days many; Invalid value for option '--days'",
        "--start 2025-13-01; --start must be a date like 2025-11-26, got '2025-13-01'",
        "--approve maybe; --approve must be all, none or manual, got 'maybe'",
        "--step-minutes 0; --step-minutes must be from 1 to 390, got 0",
        "--trades /no/such/directory; --trades must be a directory of TODAYS_TRADES_<date>.md files",
        "--weeks 3; Unknown options: '--weeks', '3'"})
    void badArgumentsExitWithTwoAndSayWhatIsWrong(String arguments, String message) {
        String[] args = ("paper-month --account PA-PAPER " + arguments).split(" ");

        FakeServices.Run run = services.run(args);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(message);
        assertThat(services.requests()).as("nothing was sent").isEmpty();
    }
}
