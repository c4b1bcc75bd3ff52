package dev.tradeguard.risk.rest;

import static dev.tradeguard.risk.RiskFixtures.approvedOrders;
import static dev.tradeguard.risk.RiskFixtures.decide;
import static dev.tradeguard.risk.RiskFixtures.read;
import static dev.tradeguard.risk.RiskFixtures.recommendation;
import static dev.tradeguard.risk.RiskFixtures.sendAndAwaitApplied;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.repository.ApprovalRepository;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.risk.service.ApprovalService;
import dev.tradeguard.risk.service.AuditService.Actor;
import dev.tradeguard.risk.service.TradingStateService;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** APPROVE_ALL with manual approval on: every order waits for a person. */
@QuarkusTest
class ApprovalFlowTest {
    static final String ACCOUNT = "ACC-APPROVE";
    static final String STRATEGY = "TEST-APPROVE";
    static final String APPROVER = TestJwt.token("alice", "approver");

    @Inject
    DecisionRepository decisions;

    @Inject
    ApprovalRepository approvals;

    @Inject
    ApprovalService approvalService;

    @Inject
    AccountStateRepository accounts;

    @Inject
    TradingStateService tradingStates;

    @BeforeEach
    void freshSnapshotAndActive() {
        var snapshot = snapshot(ACCOUNT, "100000", "100000", "60000");
        sendAndAwaitApplied(accounts, snapshot);
        if (tradingStates.current(ACCOUNT).orElseThrow().state() != TradingState.ACTIVE) {
            tradingStates.change(ACCOUNT, TradingState.ACTIVE, "test reset", new Actor("test", "test"));
        }
    }

    private Approval pendingFor(String symbol) {
        Recommendation rec = recommendation(ACCOUNT, STRATEGY, symbol, Side.BUY, "100.00");
        assertEquals(DecisionOutcome.PENDING_APPROVAL, decide(decisions, rec).outcome());
        return read(() -> approvals.findByRecommendation(rec.recommendationId())).orElseThrow();
    }

    @Test
    void anApproverApprovesFewerSharesAndExactlyThatOrderGoesOut() throws Exception {
        Approval pending = pendingFor("KO");
        assertEquals(new BigDecimal("50"), pending.quantity(), "5 % of $100k at $100");

        Alert request = EventJson.mapper().readValue(TestKafka.await(Topics.ALERTS, 1, r -> r.value()
                .contains(pending.id().toString()) && r.value().contains(AlertType.APPROVAL_REQUESTED.name()))
                .get(0).value(), Alert.class);
        assertTrue(request.details().get("approveUrl").endsWith("/approvals/" + pending.id() + "/approve"));
        assertTrue(request.details().get("rejectUrl").endsWith("/approvals/" + pending.id() + "/reject"));

        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"quantity\":51}")
                .post("/approvals/{id}/approve", pending.id())
                .then().statusCode(400).body("message", containsString("quantity: must be between 1 and the pending 50"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"quantity\":20}")
                .post("/approvals/{id}/approve", pending.id())
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("alice"));

        ApprovedOrder order = EventJson.mapper().readValue(approvedOrders(pending.recommendationId(), 1).get(0).value(),
                ApprovedOrder.class);
        assertEquals(new BigDecimal("20"), order.quantity());
        assertEquals("alice", order.approvedBy());
        assertEquals(new BigDecimal("92.00"), order.stopLoss(), "the default 8 % stop");
        assertTrue(order.expiresAt().isAfter(Instant.now()), "an approved order carries its expiry");
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{}")
                .post("/approvals/{id}/approve", pending.id()).then().statusCode(409);
    }

    @Test
    void aRejectionNeedsAReasonAndSendsNothing() {
        Approval pending = pendingFor("PEP");
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"reason\":\" \"}")
                .post("/approvals/{id}/reject", pending.id())
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"reason\":\"earnings tomorrow\"}")
                .post("/approvals/{id}/reject", pending.id())
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("earnings tomorrow"));
        assertEquals(DenialReason.APPROVAL_REJECTED,
                read(() -> decisions.find(pending.recommendationId())).orElseThrow().reasonCode());
    }

    @Test
    void anUnansweredApprovalExpiresAndSaysSo() {
        Approval pending = pendingFor("MCD");
        assertTrue(approvalService.expire(pending.expiresAt().plusSeconds(1)) >= 1);
        assertEquals(ApprovalStatus.EXPIRED, read(() -> approvals.find(pending.id())).orElseThrow().status());
        TestKafka.await(Topics.ALERTS, 1, r -> r.value().contains(pending.id().toString())
                && r.value().contains("APPROVAL_EXPIRED"));
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{}")
                .post("/approvals/{id}/approve", pending.id())
                .then().statusCode(409).body("message", containsString("EXPIRED"));
    }

    @Test
    void approvingAfterAHaltIsDeniedBecauseTheChecksRunAgain() {
        Approval pending = pendingFor("WMT");
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).contentType(ContentType.JSON)
                .body("{\"reason\":\"fed day\"}").post("/trading-state/{a}/halt", ACCOUNT).then().statusCode(200);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{}")
                .post("/approvals/{id}/approve", pending.id())
                .then().statusCode(200).body("status", equalTo("DENIED"))
                .body("decisionReason", containsString("TRADING_HALTED"));
        assertEquals(DenialReason.TRADING_HALTED,
                read(() -> decisions.find(pending.recommendationId())).orElseThrow().reasonCode());
        var later = decide(decisions, recommendation(ACCOUNT, STRATEGY, "COST", Side.BUY, "100.00"));
        assertEquals(DenialReason.TRADING_HALTED, later.reasonCode(), "while halted, new ideas are denied at once");
    }

    @Test
    void unknownApprovalIsNotFound() {
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{}")
                .post("/approvals/{id}/approve", UUID.randomUUID()).then().statusCode(404);
    }
}
