package io.bora.store.job;

import io.bora.engine.model.JobKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a node asks of the queue, rendered as the shared WHERE clause of every claim strategy:
 * due, of the wanted kinds, not under a live lease, and for RUN_ACTION routed to this node.
 */
record ClaimRequest(Set<JobKind> kinds, Set<String> targets, String node, Instant now, Instant leaseUntil, int max) {

    String condition() {
        StringBuilder b = new StringBuilder("kind IN (").append("?, ".repeat(kinds.size() - 1)).append("?)")
                .append(" AND due_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)");
        if (kinds.contains(JobKind.RUN_ACTION)) {
            b.append(" AND (kind <> 'RUN_ACTION' OR target IS NULL");
            if (!targets.isEmpty()) b.append(" OR target IN (").append("?, ".repeat(targets.size() - 1)).append("?)");
            b.append(')');
        }
        return b.toString();
    }

    List<Object> conditionParams() {
        List<Object> p = new ArrayList<>(kinds);
        p.add(now);
        p.add(now);
        if (kinds.contains(JobKind.RUN_ACTION)) p.addAll(targets);
        return p;
    }
}
