package org.camelsonar.live;

import java.util.ArrayList;
import java.util.List;

/**
 * What one row gathered: the request ids of the calls made for it, and, once decided, its verdict and what was
 * observed. A row decided twice keeps the first decision (a fallback must not hide the first finding).
 */
final class Evidence {

    private final Check check;
    private final List<String> requestIds = new ArrayList<>();
    private Verdict verdict;
    private String observed;

    Evidence(Check check) {
        this.check = check;
    }

    Check check() {
        return check;
    }

    synchronized void requestId(String id) {
        if (id != null && !id.isBlank() && !requestIds.contains(id)) {
            requestIds.add(id);
        }
    }

    void confirmed(String what) {
        decide(Verdict.CONFIRMED, what);
    }

    void refuted(String what) {
        decide(Verdict.REFUTED, what);
    }

    void inconclusive(String what) {
        decide(Verdict.INCONCLUSIVE, what);
    }

    synchronized void decide(Verdict value, String what) {
        if (verdict == null) {
            verdict = value;
            observed = what;
        }
    }

    synchronized boolean decided() {
        return verdict != null;
    }

    synchronized Verdict verdict() {
        return verdict == null ? Verdict.INCONCLUSIVE : verdict;
    }

    synchronized String observed() {
        return verdict == null ? "not checked in this run" : observed;
    }

    synchronized List<String> requestIds() {
        return List.copyOf(requestIds);
    }

    @Override
    public synchronized String toString() {
        return check.id() + ": " + verdict() + " (" + observed() + ")";
    }
}
