package io.payout.adapters.persistence;

import javax.sql.DataSource;

/** An empty database of its own for one test, gone after {@link #close()}. */
interface TestDatabase extends AutoCloseable {
    DataSource dataSource();

    @Override
    void close();
}
