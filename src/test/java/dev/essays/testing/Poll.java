package dev.essays.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for something another process or cluster member does: a bounded poll that fails naming what it waited for. */
public final class Poll {

    private Poll() {
    }

    /** Asks {@code condition} every 50 ms (an exception counts as "not yet") until it holds or {@code patience} ends. */
    public static void await(String what, Duration patience, Callable<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within " + patience.toSeconds() + " s: " + what, last);
    }
}
