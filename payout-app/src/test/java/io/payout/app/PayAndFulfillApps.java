package io.payout.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application under test for Pay and Fulfill: test-config.yml (DUMMY answering every call, so that the only
 * faults are the ones a test scripts) collecting through the built-in SANDBOX, or through a
 * {@link FakeExpressCheckout}. test-config.yml has no {@code collections.providers}, and a ConfigOverride can only
 * address an element that exists, so the Express Checkout configuration is test-config.yml with the provider added,
 * written under target/.
 */
final class PayAndFulfillApps {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private PayAndFulfillApps() {
    }

    /**
     * One instance collecting through the SANDBOX (no provider configured), to start and stop by hand, with
     * {@code overrides} (key: value) of test-config.yml.
     */
    static DropwizardTestSupport<PayoutConfiguration> sandboxInstance(String databaseUrl,
                                                                     Map<String, String> overrides) {
        return instance(ResourceHelpers.resourceFilePath("test-config.yml"), databaseUrl, "sa", overrides);
    }

    /** Collecting through {@code fake}, waiting up to 2 s for each of its answers. */
    static DropwizardAppExtension<PayoutConfiguration> expressCheckout(FakeExpressCheckout fake, String databaseUrl,
                                                                     ConfigOverride... overrides) {
        List<ConfigOverride> all = new ArrayList<>();
        common(databaseUrl, "sa").forEach((key, value) -> all.add(ConfigOverride.config(key, value)));
        all.addAll(List.of(overrides));
        return new DropwizardAppExtension<>(PayoutApplication.class, expressCheckoutConfig(fake, Duration.ofSeconds(2)),
                all.toArray(ConfigOverride[]::new));
    }

    /**
     * One instance collecting through {@code fake}, waiting up to {@code providerTimeout} for each of its answers, to
     * start and stop by hand, with {@code overrides} (key: value) of test-config.yml.
     */
    static DropwizardTestSupport<PayoutConfiguration> expressCheckoutInstance(FakeExpressCheckout fake,
                                                                             Duration providerTimeout,
                                                                             String databaseUrl, String user,
                                                                             Map<String, String> overrides) {
        return instance(expressCheckoutConfig(fake, providerTimeout), databaseUrl, user, overrides);
    }

    /** test-config.yml with {@code collections.providers: [EXPRESS_CHECKOUT at fake]}, as a file. */
    static String expressCheckoutConfig(FakeExpressCheckout fake, Duration providerTimeout) {
        try {
            File testConfig = new File(ResourceHelpers.resourceFilePath("test-config.yml"));
            ObjectNode config = (ObjectNode) YAML.readTree(testConfig);
            ObjectNode provider = ((ObjectNode) config.get("collections")).putArray("providers").addObject()
                    .put("id", "EXPRESS_CHECKOUT");
            ObjectNode settings = provider.putObject("settings");
            fake.settings(providerTimeout).forEach(settings::put);
            Path directory = Files.createDirectories(Path.of("target", "test-configs"));
            Path file = directory.resolve("express-checkout-" + UUID.randomUUID() + ".yml");
            YAML.writeValue(file.toFile(), config);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Express Checkout test configuration", e);
        }
    }

    /**
     * ConfigOverrides are system properties until the instance stops: each instance started by hand reads its own
     * prefix, so that two running at once do not see each other's.
     */
    private static DropwizardTestSupport<PayoutConfiguration> instance(String config, String databaseUrl, String user,
                                                                      Map<String, String> overrides) {
        String prefix = "pf" + INSTANCES.incrementAndGet() + ".";
        Map<String, String> all = common(databaseUrl, user);
        all.putAll(overrides);
        return new DropwizardTestSupport<>(PayoutApplication.class, config, prefix, all.entrySet().stream()
                .map(o -> ConfigOverride.config(prefix, o.getKey(), o.getValue())).toArray(ConfigOverride[]::new));
    }

    /** The database, and DUMMY answering every call (the only faults are the ones a test scripts). */
    private static Map<String, String> common(String databaseUrl, String user) {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("database.url", databaseUrl);
        common.put("database.user", user);
        common.put("gateways.configured[0].settings.timeout-share", "0");
        return common;
    }
}
