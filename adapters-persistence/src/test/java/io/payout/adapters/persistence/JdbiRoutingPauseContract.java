package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.operator.OperatorLogEntry;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routing pause contract on a real database, and what only a database can get wrong. */
abstract class JdbiRoutingPauseContract extends RoutingPauseContract {
    private TestDatabase database;
    private JdbiOperatorLogRepository repository;

    protected abstract TestDatabase openEmptyDatabase();

    @Override
    protected Stores newStores() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        Jdbi jdbi = JdbiSetup.create(database.dataSource());
        repository = new JdbiOperatorLogRepository(jdbi);
        return new Stores(repository, repository);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoOperatorsPausingTheSameNameAtOnceChangeItOnceAndLogItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = "DUMMY_R" + round;
            java.time.Instant at = NOW.plusSeconds(round);
            List<Boolean> changed = Race.run(4, i -> () -> repository.savePause(name, true,
                    new OperatorLogEntry(OperatorLogEntry.PAUSE, name, null, NOTE, null, at)));
            assertThat(changed).as(name).containsOnlyOnce(true);
        }
        assertThat(repository.loadLog(NOW, NOW.plusSeconds(60), 100)).hasSize(5);
        assertThat(repository.pausedNames()).hasSize(5);
    }
}
