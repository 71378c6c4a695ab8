package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * Where the data lives. The JDBC URL picks the database: {@code jdbc:h2:} (the embedded default) or
 * {@code jdbc:postgresql:}. The driver follows from the URL, so one environment variable switches databases.
 */
public class DatabaseSettings {
    @NotBlank
    @JsonProperty
    private String url;
    @JsonProperty
    private String user = "";
    @JsonProperty
    private String password = "";
    @Min(1)
    @JsonProperty
    private int maxConnections = 16;
    @Min(0)
    @JsonProperty
    private int minConnections = 2;

    public DatabaseSettings() {
    }

    public DatabaseSettings(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String getUrl() {
        return url;
    }

    public boolean isPostgres() {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @AssertTrue(message = "must be a jdbc:postgresql: or jdbc:h2: URL")
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public boolean isSupportedUrl() {
        return url == null || isPostgres() || url.startsWith("jdbc:h2:");
    }

    /** Dropwizard's pooled data source settings for this database. */
    public DataSourceFactory toDataSourceFactory() {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setUrl(url);
        factory.setUser(user);
        factory.setPassword(password == null ? "" : password);
        factory.setDriverClass(isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver");
        factory.setMaxSize(maxConnections);
        factory.setMinSize(Math.min(minConnections, maxConnections));
        factory.setInitialSize(Math.min(minConnections, maxConnections));
        factory.setValidationQuery("SELECT 1");
        factory.setCheckConnectionOnBorrow(true);
        factory.setAutoCommitByDefault(true);
        factory.setProperties(Map.of("ApplicationName", "payout-orchestrator"));
        return factory;
    }
}
