package io.bora.store.job;

import io.bora.engine.model.Job;

import java.util.List;

/** How a dialect leases due jobs to a node so that each job goes to exactly one claimer. */
interface ClaimStrategy {
    List<Job> claim(ClaimRequest request);
}
