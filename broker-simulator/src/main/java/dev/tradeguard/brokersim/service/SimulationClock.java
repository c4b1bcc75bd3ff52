package dev.tradeguard.brokersim.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The exchange's notion of "now". Runs at {@code speed} times the wall clock it is given (1 = real time, 60 = a
 * minute per second); speed 0 stops it, so that only {@link #advance} moves it: the stepped mode tests use.
 * Never goes backwards. Every reset, advance and speed change starts a new {@link #generation()}: a service that
 * follows this clock and extrapolates between reads knows from it that the clock jumped.
 */
public final class SimulationClock {

    private final Clock wall;
    private Instant simulatedAnchor;
    private Instant wallAnchor;
    private double speed;
    private long generation;

    public SimulationClock(Clock wall, Instant start, double speed) {
        this.wall = wall;
        reset(start, speed);
    }

    public synchronized void reset(Instant start, double newSpeed) {
        requireValidSpeed(newSpeed);
        this.simulatedAnchor = start;
        this.wallAnchor = wall.instant();
        this.speed = newSpeed;
        generation++;
    }

    public synchronized Instant now() {
        if (speed == 0) {
            return simulatedAnchor;
        }
        long wallNanos = Duration.between(wallAnchor, wall.instant()).toNanos();
        return simulatedAnchor.plusNanos((long) (wallNanos * speed));
    }

    public synchronized void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("the clock cannot go backwards");
        }
        rebase();
        simulatedAnchor = simulatedAnchor.plus(step);
        generation++;
    }

    public synchronized void setSpeed(double newSpeed) {
        requireValidSpeed(newSpeed);
        rebase();
        speed = newSpeed;
        generation++;
    }

    public synchronized double speed() {
        return speed;
    }

    /** Changes on every reset, advance and speed change; stays while the clock only runs. */
    public synchronized long generation() {
        return generation;
    }

    private void rebase() {
        simulatedAnchor = now();
        wallAnchor = wall.instant();
    }

    private static void requireValidSpeed(double candidate) {
        if (!(candidate >= 0) || Double.isInfinite(candidate)) {
            throw new IllegalArgumentException("speed must be a finite number >= 0");
        }
    }
}
