package dev.tradeguard.brokersim.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The exchange's notion of "now". Runs at {@code speed} times the wall clock it is given (1 = real time, 60 = a
 * minute per second); speed 0 stops it, so that only {@link #advance} moves it: the stepped mode tests use.
 * Never goes backwards.
 */
public final class SimulationClock {

    private final Clock wall;
    private Instant simulatedAnchor;
    private Instant wallAnchor;
    private double speed;

    public SimulationClock(Clock wall, Instant start, double speed) {
        this.wall = wall;
        reset(start, speed);
    }

    public synchronized void reset(Instant start, double newSpeed) {
        requireValidSpeed(newSpeed);
        this.simulatedAnchor = start;
        this.wallAnchor = wall.instant();
        this.speed = newSpeed;
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
    }

    public synchronized void setSpeed(double newSpeed) {
        requireValidSpeed(newSpeed);
        rebase();
        speed = newSpeed;
    }

    public synchronized double speed() {
        return speed;
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
