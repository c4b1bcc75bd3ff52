package dev.tradeguard.execution.messaging;

import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.clientOrderId;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static dev.tradeguard.execution.ExecutionFixtures.spyBuy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.FreshBrokerTestBase;
import dev.tradeguard.model.DeadLetterHeaders;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApprovedOrdersConsumerTest extends FreshBrokerTestBase {
    @BeforeEach
    void spyTradesAt501() {
        BrokerSimulator.setPrice("SPY", "501.00");
    }

    /** Issue 23, finding 3: {@code limitPrice: 1e400} passed validation and overflowed the ledger's column. */
    @Test
    void anApprovedOrderWithALimitPriceOf1e400IsDeadLetteredNeverPlacedNorStored() {
        ApprovedOrder forged = spyBuy(10);
        TestKafka.send(Topics.APPROVED_ORDERS, forged.accountId(),
                EventJson.toJson(forged).replace("\"limitPrice\":500.00", "\"limitPrice\":1e400"));
        ApprovedOrder next = spyBuy(5);
        send(next);

        ConsumerRecord<String, String> dead = TestKafka.await(Topics.dlq(Topics.APPROVED_ORDERS), 1,
                record -> record.value().contains(forged.orderId().toString())).get(0);
        String reason = TestKafka.header(dead, DeadLetterHeaders.REASON);
        assertTrue(reason.contains("limitPrice: must be greater than 0 and at most 10000000 (dollars per share, at"
                + " most 10 decimals), got 1E+400"), reason);
        assertTrue(dead.value().contains("\"limitPrice\":1e400"), "dead-lettered exactly as it arrived");

        awaitLedger(ledger, next.orderId(), "SUBMITTED");
        assertTrue(ledger.find(forged.orderId()).isEmpty(), "nothing stored of the forged order");
        assertEquals(0, BrokerSimulator.orderRequests(clientOrderId(forged)), "nothing sent to the broker");
    }
}
