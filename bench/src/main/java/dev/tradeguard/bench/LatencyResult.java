package dev.tradeguard.bench;

import org.HdrHistogram.Histogram;

/** One measured path at one offered rate: latency percentiles in microseconds, and whether anything was lost. */
public record LatencyResult(String path, int offeredPerSecond, long sent, long received, double p50Micros,
        double p99Micros, double p999Micros, double maxMicros) {

    static LatencyResult of(String path, int rate, long sent, long received, Histogram nanos) {
        return new LatencyResult(path, rate, sent, received, nanos.getValueAtPercentile(50) / 1000.0,
                nanos.getValueAtPercentile(99) / 1000.0, nanos.getValueAtPercentile(99.9) / 1000.0,
                nanos.getMaxValue() / 1000.0);
    }

    boolean lossless() {
        return sent == received;
    }
}
