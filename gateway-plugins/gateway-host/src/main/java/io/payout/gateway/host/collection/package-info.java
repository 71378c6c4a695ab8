/**
 * Runs the collection providers of Pay and Fulfill behind the application's {@code CollectionProviderPort} and
 * {@code SandboxCollectionPort}: {@link io.payout.gateway.host.collection.CollectionHost}.
 *
 * <h2>Wiring</h2>
 * <pre>{@code
 * LoadedCollectionPlugins plugins = new CollectionPluginLoader().load(pluginsDirectory); // built in + class path + <dir>/*.jar
 * CollectionHost host = new CollectionHost(plugins, List.of(
 *         CollectionProviderSettings.enabled("SANDBOX", Map.of("public-base-url", "https://payout.example")),
 *         CollectionProviderSettings.enabled("EXPRESS_CHECKOUT", expressCheckoutSection)));
 * // or: CollectionHost.start(pluginsDirectory, settings)
 * // ... host is the CollectionProviderPort and the SandboxCollectionPort
 * host.close();                                                                       // providers, then class loaders
 * }</pre>
 *
 * <h2>Loading</h2>
 * The built-in {@code SANDBOX} ({@link io.payout.gateway.host.collection.SandboxCollectionProvider}) comes first,
 * then the {@code CollectionPlugin}s {@link java.util.ServiceLoader} finds on the class path (source
 * {@code class path}), then those in each {@code *.jar} of the plugins directory (name order), each jar in its own
 * class loader that shows only the JDK and {@code io.payout.collection.spi.*}. The directory may be the gateway
 * plugins directory: a jar without a collection plugin is skipped. Start-up is refused (an
 * {@link java.lang.IllegalStateException} naming the jar, {@code class path} or {@code built in}) for two plugins
 * with one provider id, a plugin built against another collection SPI major version, or an id that is not upper case
 * letters, digits and {@code _}; and for a configured provider without a plugin, or settings its plugin refuses.
 *
 * <h2>Calls</h2>
 * Calls run on the caller's thread with the plugin's class loader as context class loader, bounded by the provider's
 * own timeout (the SPI requires one; the host adds no executor). A provider that throws or answers {@code null}, a
 * charged amount that is no {@code Money}, and a provider not running are {@code Unknown} answers; throws are logged
 * at WARN with the exception's class and where it was thrown, never its message. {@code verifyWebhook} throws
 * {@code WebhookRejectedException} for a provider not running here and for a webhook that is not authentic, and
 * leaves out ids that are not 1 to 64 letters, digits, {@code _} or {@code -}.
 */
package io.payout.gateway.host.collection;
