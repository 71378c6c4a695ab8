package io.payout.adapters.persistence;

import java.sql.SQLException;

/** Recognises a broken unique or primary key (SQLState 23505 on PostgreSQL and H2) behind an exception. */
final class UniqueViolation {
    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
