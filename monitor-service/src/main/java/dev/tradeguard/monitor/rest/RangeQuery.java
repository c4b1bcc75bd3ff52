package dev.tradeguard.monitor.rest;

import jakarta.ws.rs.QueryParam;

/** The query parameters every performance view takes: whose performance and over which New York days. */
public class RangeQuery {
    @QueryParam("account")
    public String account;

    @QueryParam("strategy")
    public String strategy;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;
}
