package dev.tradeguard.alert.messaging;

import java.util.List;

import dev.tradeguard.alert.service.AlertMessages.ChartBar;
import io.quarkus.qute.TemplateData;

/** What the HTML email templates show; Qute escapes every value. */
@TemplateData
public record EmailView(String title, String alertType, String priority, String accountId, String strategy,
        String occurredAt, String message, List<Row> details, boolean approval, String approveUrl, String rejectUrl,
        String approveCommand, String expiresAt, List<ChartBar> chart, boolean chartImage) {

    @TemplateData
    public record Row(String key, String value) {
    }
}
