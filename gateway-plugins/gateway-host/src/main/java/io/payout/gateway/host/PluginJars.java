package io.payout.gateway.host;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The plugin jars of a plugins directory, shared by the gateway and the collection plugin loaders. */
public final class PluginJars {
    private PluginJars() {
    }

    /** The {@code *.jar} files in {@code directory}, in name order; none if it is null or absent. */
    public static List<Path> in(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return List.of();
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the plugins directory " + directory + " is not a directory");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("could not list the plugins directory " + directory, e);
        }
    }

    public static URL urlOf(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cannot load plugin jar " + jar, e);
        }
    }
}
