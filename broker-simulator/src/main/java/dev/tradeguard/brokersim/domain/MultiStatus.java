package dev.tradeguard.brokersim.domain;

/**
 * One entry of a 207 answer (cancel all orders, close all positions): the HTTP status for that item and either the
 * order or the rejection.
 */
public record MultiStatus(String id, String symbol, int status, SimOrder order, BrokerRejection rejection) {
}
