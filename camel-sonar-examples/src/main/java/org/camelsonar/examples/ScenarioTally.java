package org.camelsonar.examples;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what the routes did, by outcome name; the routes call it as the bean {@code tally}. */
public class ScenarioTally {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public void record(String outcome) {
        counts.computeIfAbsent(outcome, name -> new AtomicInteger()).incrementAndGet();
    }

    public int count(String outcome) {
        AtomicInteger count = counts.get(outcome);
        return count == null ? 0 : count.get();
    }

    public Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        counts.forEach((name, count) -> copy.put(name, count.get()));
        return copy;
    }
}
