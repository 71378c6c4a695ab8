package io.payout.adapters.persistence;

import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.port.LoadOperatorLogPort;
import io.payout.application.operator.port.RoutingPausePort;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The operator log and the routing pauses. Two operators pausing the same name at once: the primary key lets one
 * insert win; the other, like a pause of a name already paused, changes nothing and logs nothing.
 */
public class JdbiOperatorLogRepository implements RoutingPausePort, LoadOperatorLogPort {
    private final Jdbi jdbi;

    public JdbiOperatorLogRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean savePause(String name, boolean paused, OperatorLogEntry entry) {
        return jdbi.inTransaction(handle -> {
            OperatorLogDao dao = handle.attach(OperatorLogDao.class);
            int changed;
            try {
                changed = paused ? dao.insertPause(name, entry.note().operator(), entry.note().reason(), entry.at())
                        : dao.deletePause(name);
            } catch (UnableToExecuteStatementException e) {
                if (!UniqueViolation.isCauseOf(e)) {
                    throw e;
                }
                handle.rollback();
                return false; // a concurrent pause of the same name won
            }
            if (changed > 0) {
                dao.insert(OperatorLogRow.of(entry));
            }
            return changed > 0;
        });
    }

    @Override
    public Set<String> pausedNames() {
        return jdbi.withExtension(OperatorLogDao.class, OperatorLogDao::findPausedNames);
    }

    @Override
    public List<OperatorLogEntry> loadLog(Instant from, Instant to, int limit) {
        return jdbi.withExtension(OperatorLogDao.class, dao -> dao.find(from, to, limit)).stream()
                .map(OperatorLogRow::toEntry).toList();
    }
}
