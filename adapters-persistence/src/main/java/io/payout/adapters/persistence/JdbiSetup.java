package io.payout.adapters.persistence;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.CachingSqlParser;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Builds the {@link Jdbi} the repositories of this adapter work with. */
public final class JdbiSetup {
    private JdbiSetup() {
    }

    /**
     * A Jdbi on {@code dataSource} with the SqlObject plugin, binding and reading {@link java.time.Instant}s as
     * UTC {@code TIMESTAMP WITH TIME ZONE} values truncated to microseconds (see {@link UtcInstants}), its statement
     * caches lock-free ({@link ConcurrentJdbiCache}).
     */
    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(SqlStatements.class)
                .setTemplateCache(new ConcurrentJdbiCache.Builder().maxSize(SqlStatements.SQL_TEMPLATE_CACHE_SIZE))
                .setSqlParser(new ColonPrefixSqlParser(
                        new ConcurrentJdbiCache.Builder().maxSize(CachingSqlParser.PARSED_SQL_CACHE_SIZE)));
        UtcInstants.register(jdbi);
        return jdbi;
    }
}
