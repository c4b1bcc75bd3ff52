package dev.tradeguard.recommendation.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A parsed TODAYS_TRADES file.
 *
 * @param generatedAt the "Generated: 08:30 AM ET" time (New York), or {@code null} when the file does not say
 * @param errors what makes the whole file unusable (no date, dates that disagree, no bot section); empty when usable
 * @param warnings file-level doubts that do not stop the import, such as a summary count that disagrees with the rows
 */
public record TodaysTradesFile(LocalDate date, LocalTime generatedAt, List<ParsedOrder> orders,
        List<ParsedInformation> information, List<LineNote> notes, List<String> errors, List<String> warnings) {
}
