package io.payout.adapters.persistence;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Builds the {@link Jdbi} the repositories of this adapter work with. */
public final class JdbiSetup {
    private JdbiSetup() {
    }

    /**
     * A Jdbi on {@code dataSource} with the SqlObject plugin, binding and reading {@link java.time.Instant}s as
     * UTC {@code TIMESTAMP WITH TIME ZONE} values truncated to microseconds (see {@link UtcInstants}).
     */
    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        UtcInstants.register(jdbi);
        return jdbi;
    }
}
