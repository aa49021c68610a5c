package io.bora.store;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.port.JobQueue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.bora.store.Fixtures.T0;
import static io.bora.store.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

class JobQueueStoreTest extends StoreTestBase {

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Set<JobKind> ENGINE = Set.of(JobKind.ENGINE_EVENT, JobKind.TIMER);
    private final JobQueue queue = store.jobs();

    JobQueueStoreTest(Backend backend) {
        super(backend);
    }

    private Job job(JobKind kind, Instant due, Instant created) {
        return Fixtures.job(kind, "ex-1", due, created, Map.of("k", "v"));
    }

    @Test
    void claimsDueJobsInDueThenCreationOrder() {
        Job late = job(JobKind.ENGINE_EVENT, at(5), at(0));
        Job early = job(JobKind.ENGINE_EVENT, at(1), at(3));
        Job sameDueOlder = job(JobKind.TIMER, at(1), at(1));
        Job notDue = job(JobKind.TIMER, at(60), at(0));
        Job otherKind = job(JobKind.RUN_ACTION, at(0), at(0));
        queue.enqueueAll(List.of(late, early, sameDueOlder, notDue, otherKind));

        List<Job> claimed = queue.claim(ENGINE, Set.of(), "n1", at(10), LEASE, 10);

        assertThat(claimed).extracting(Job::id).containsExactly(sameDueOlder.id(), early.id(), late.id());
        assertThat(claimed.getFirst().payload()).isEqualTo(Map.of("k", "v"));
        assertThat(claimed.getFirst().attempts()).isEqualTo(1);
        assertThat(claimed.getFirst().executionId()).isEqualTo("ex-1");
        assertThat(claimed.getFirst().dueAt()).isEqualTo(at(1));
        assertThat(queue.claim(ENGINE, Set.of(), "n2", at(10), LEASE, 10)).isEmpty();
    }

    @Test
    void claimRespectsMax() {
        for (int i = 0; i < 5; i++) queue.enqueue(job(JobKind.ENGINE_EVENT, at(i), T0));
        assertThat(queue.claim(ENGINE, Set.of(), "n1", at(10), LEASE, 2)).hasSize(2);
        assertThat(queue.claim(ENGINE, Set.of(), "n1", at(10), LEASE, 10)).hasSize(3);
    }

    @Test
    void actionJobsAreRoutedByTarget() {
        Job any = new Job(Fixtures.id(), JobKind.RUN_ACTION, "ex", Map.of(), T0, null, 0, null, T0);
        Job gpu = new Job(Fixtures.id(), JobKind.RUN_ACTION, "ex", Map.of(), T0, "gpu", 0, null, T0);
        Job arm = new Job(Fixtures.id(), JobKind.RUN_ACTION, "ex", Map.of(), T0, "arm", 0, null, T0);
        queue.enqueueAll(List.of(any, gpu, arm));

        assertThat(queue.claim(Set.of(JobKind.RUN_ACTION), Set.of("gpu"), "n1", at(1), LEASE, 10))
                .extracting(Job::id).containsExactlyInAnyOrder(any.id(), gpu.id());
        assertThat(queue.claim(Set.of(JobKind.RUN_ACTION), Set.of(), "n2", at(1), LEASE, 10)).isEmpty();
        assertThat(queue.claim(Set.of(JobKind.RUN_ACTION), Set.of("arm", "x"), "n3", at(1), LEASE, 10))
                .extracting(Job::id).containsExactly(arm.id());
    }

    @Test
    void anExpiredLeaseLetsAnotherNodeClaimAgain() {
        Job j = job(JobKind.TIMER, T0, T0);
        queue.enqueue(j);
        assertThat(queue.claim(ENGINE, Set.of(), "n1", at(0), LEASE, 10)).hasSize(1);
        assertThat(queue.claim(ENGINE, Set.of(), "n2", at(59), LEASE, 10)).isEmpty();

        List<Job> again = queue.claim(ENGINE, Set.of(), "n2", at(61), LEASE, 10);
        assertThat(again).extracting(Job::id).containsExactly(j.id());
        assertThat(again.getFirst().attempts()).isEqualTo(2);
    }

    @Test
    void completeRemovesAndReleaseAllReturnsLeases() {
        Job a = job(JobKind.ENGINE_EVENT, T0, T0);
        Job b = job(JobKind.ENGINE_EVENT, T0, at(1));
        Job c = job(JobKind.ENGINE_EVENT, T0, at(2));
        queue.enqueueAll(List.of(a, b, c));
        assertThat(queue.claim(ENGINE, Set.of(), "n1", at(1), LEASE, 2)).hasSize(2);
        assertThat(queue.claim(ENGINE, Set.of(), "n2", at(1), LEASE, 2)).hasSize(1);

        queue.complete(a.id());
        assertThat(queue.releaseAll("n1")).isEqualTo(1);
        assertThat(queue.claim(ENGINE, Set.of(), "n3", at(2), LEASE, 10)).extracting(Job::id).containsExactly(b.id());
        assertThat(store.jobs().size()).isEqualTo(2);
    }

    @Test
    void cancelRemovesMatchingJobsOfTheExecutionOnly() {
        Job timeout = Fixtures.job(JobKind.TIMER, "ex-1", at(30), T0, Map.of("task", "t1", "type", "timeout"));
        Job otherTask = Fixtures.job(JobKind.TIMER, "ex-1", at(30), T0, Map.of("task", "t2", "type", "timeout"));
        Job otherExecution = Fixtures.job(JobKind.TIMER, "ex-2", at(30), T0, Map.of("task", "t1"));
        Job otherKind = Fixtures.job(JobKind.ENGINE_EVENT, "ex-1", at(30), T0, Map.of("task", "t1"));
        Job numeric = Fixtures.job(JobKind.TIMER, "ex-1", at(30), T0, Map.of("task", 7L));
        queue.enqueueAll(List.of(timeout, otherTask, otherExecution, otherKind, numeric));

        assertThat(queue.cancel("ex-1", JobKind.TIMER, "task", "t1")).isEqualTo(1);
        assertThat(queue.cancel("ex-1", JobKind.TIMER, "task", "7")).isEqualTo(1);
        assertThat(queue.cancel("ex-1", JobKind.TIMER, "task", "t1")).isZero();
        assertThat(queue.claim(Set.of(JobKind.TIMER, JobKind.ENGINE_EVENT), Set.of(), "n", at(31), LEASE, 10))
                .extracting(Job::id).containsExactlyInAnyOrder(otherTask.id(), otherExecution.id(), otherKind.id());
    }

    @Test
    void nextDueTellsWhenTheNextJobBecomesClaimable() {
        assertThat(queue.nextDue(ENGINE)).isNull();
        queue.enqueue(job(JobKind.RUN_ACTION, at(1), T0));
        assertThat(queue.nextDue(ENGINE)).isNull();

        Job timer = job(JobKind.TIMER, at(40), T0);
        Job event = job(JobKind.ENGINE_EVENT, at(20), T0);
        queue.enqueueAll(List.of(timer, event));
        assertThat(queue.nextDue(ENGINE)).isEqualTo(at(20));
        assertThat(queue.nextDue(Set.of(JobKind.TIMER))).isEqualTo(at(40));

        // Leased at 25 until 85: the event counts again when the lease ends.
        assertThat(queue.claim(Set.of(JobKind.ENGINE_EVENT), Set.of(), "n", at(25), LEASE, 1)).hasSize(1);
        assertThat(queue.nextDue(ENGINE)).isEqualTo(at(40));
        assertThat(queue.nextDue(Set.of(JobKind.ENGINE_EVENT))).isEqualTo(at(85));
    }

    @Test
    void rescheduleAndExtendLease() {
        Job j = job(JobKind.ENGINE_EVENT, T0, T0);
        queue.enqueue(j);
        queue.claim(ENGINE, Set.of(), "n1", at(0), LEASE, 1);
        assertThat(store.jobs().extendLease(j.id(), "n2", at(500))).isFalse();
        assertThat(store.jobs().extendLease(j.id(), "n1", at(500))).isTrue();
        assertThat(queue.claim(ENGINE, Set.of(), "n2", at(120), LEASE, 1)).isEmpty();

        store.jobs().reschedule(j.id(), at(200));
        assertThat(queue.claim(ENGINE, Set.of(), "n2", at(199), LEASE, 1)).isEmpty();
        assertThat(queue.claim(ENGINE, Set.of(), "n2", at(200), LEASE, 1)).hasSize(1);
    }

    @Test
    void concurrentClaimersGetEachJobExactlyOnce() throws Exception {
        int jobs = 300;
        List<Job> all = new ArrayList<>();
        for (int i = 0; i < jobs; i++) all.add(job(JobKind.ENGINE_EVENT, at(i % 7), at(i)));
        queue.enqueueAll(all);

        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String node = "node-" + t;
            results.add(pool.submit(() -> {
                start.await();
                List<String> mine = new ArrayList<>();
                while (true) {
                    List<Job> batch = queue.claim(ENGINE, Set.of(), node, at(3600), LEASE, 5);
                    if (batch.isEmpty()) return mine;
                    batch.forEach(j -> mine.add(j.id()));
                }
            }));
        }
        start.countDown();
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> perNode = new ArrayList<>();
        for (Future<List<String>> f : results) {
            List<String> ids = f.get(60, TimeUnit.SECONDS);
            perNode.add(ids.size());
            ids.forEach(id -> seen.merge(id, 1, Integer::sum));
        }
        pool.shutdown();

        assertThat(seen).hasSize(jobs);
        assertThat(Collections.max(seen.values())).as("claims of the most claimed job").isEqualTo(1);
        assertThat(perNode.stream().mapToInt(Integer::intValue).sum()).isEqualTo(jobs);
    }
}
