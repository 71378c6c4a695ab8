package io.payout.gateway.host;

/**
 * Makes a plugin's class loader the thread's context class loader until closed, so that libraries inside a plugin
 * jar that look classes up through the context class loader find the plugin's, not ours.
 */
final class PluginContextClassLoader implements AutoCloseable {
    private final Thread thread = Thread.currentThread();
    private final ClassLoader previous = thread.getContextClassLoader();

    PluginContextClassLoader(ClassLoader pluginLoader) {
        thread.setContextClassLoader(pluginLoader);
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
