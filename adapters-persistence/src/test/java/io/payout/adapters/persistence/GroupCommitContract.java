package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link GroupCommit} promises, on a real database. */
abstract class GroupCommitContract {
    private static final int WRITERS = 12;
    private TestDatabase database;
    private Jdbi jdbi;
    private GroupCommit group;
    private final Set<Handle> transactions = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    protected abstract TestDatabase openEmptyDatabase();

    @BeforeEach
    void open() {
        database = openEmptyDatabase();
        jdbi = Jdbi.create(database.dataSource());
        jdbi.useHandle(h -> h.execute("CREATE TABLE written (k VARCHAR(20) PRIMARY KEY)"));
        group = new GroupCommit(jdbi, 2, 64);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void concurrentWritesShareTransactionsAndEachIsCommittedWhenItsResultComes() throws Exception {
        AtomicInteger started = new AtomicInteger();

        List<Long> results = Race.run(WRITERS, i -> () -> group.run("k" + i, h -> {
            if (started.incrementAndGet() <= 2) {
                pause(); // both lanes are busy: the others queue meanwhile
            }
            return insert(h, "k" + i, i);
        }));

        assertThat(results).containsExactlyElementsOf(java.util.stream.LongStream.range(0, WRITERS).boxed().toList());
        assertThat(written()).hasSize(WRITERS);
        assertThat(transactions).hasSizeLessThan(WRITERS);
    }

    @Test
    void aFailingWriteFailsAloneAndTheOthersOfItsBatchAreCommitted() throws Exception {
        AtomicBoolean first = new AtomicBoolean(true);

        List<String> outcomes = Race.run(WRITERS, i -> () -> {
            try {
                group.run("k" + i, h -> {
                    if (first.compareAndSet(true, false)) {
                        pause();
                    }
                    insert(h, "k" + i, i);
                    if (i == 5) {
                        insert(h, "k" + i, i); // a duplicate key: this write fails
                    }
                    return i;
                });
                return "ok";
            } catch (RuntimeException e) {
                return "failed";
            }
        });

        assertThat(outcomes.get(5)).isEqualTo("failed");
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(WRITERS - 1);
        assertThat(written()).hasSize(WRITERS - 1).doesNotContain("k5");
    }

    @Test
    void underSustainedLoadAWriterRunsNoMoreThanTheWritesQueuedBeforeItsOwn() throws Exception {
        GroupCommit oneLane = new GroupCommit(jdbi, 1, 1);
        int writers = 6;
        int writesEach = 40;
        ThreadLocal<int[]> executed = ThreadLocal.withInitial(() -> new int[1]);

        List<Integer> mostRunByOneCall = Race.run(writers, i -> () -> {
            int most = 0;
            for (int j = 0; j < writesEach; j++) {
                int before = executed.get()[0];
                String key = "w" + i + "-" + j;
                oneLane.run(key, h -> {
                    executed.get()[0]++;
                    return insert(h, key, 0);
                });
                most = Math.max(most, executed.get()[0] - before);
            }
            return most;
        });

        assertThat(written()).hasSize(writers * writesEach);
        // Each writer has one write queued at a time: no call runs more than the others' writes and its own.
        assertThat(mostRunByOneCall).allSatisfy(most -> assertThat(most).isBetween(0, writers));
    }

    @Test
    void aNegativeResultIsReturnedAndItsWriteLeavesNothing() {
        assertThat(group.run("stale", h -> -1L)).isEqualTo(-1L);
        assertThat(written()).isEmpty();
    }

    @Test
    void aWriteAloneThrowsWhatItThrewAndWritesNothing() {
        assertThatThrownBy(() -> group.run("k", h -> {
            insert(h, "k", 0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(written()).isEmpty();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long insert(Handle h, String key, long result) {
        transactions.add(h);
        h.execute("INSERT INTO written (k) VALUES (?)", key);
        return result;
    }

    private List<String> written() {
        return jdbi.withHandle(h -> h.createQuery("SELECT k FROM written").mapTo(String.class).list());
    }
}
