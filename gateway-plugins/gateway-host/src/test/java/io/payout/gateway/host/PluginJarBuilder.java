package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.GatewayPlugin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a plugin jar at test time, the way a third party would: a small plugin's source compiled against the
 * gateway-spi jar alone, packed with its {@code META-INF/services} entry.
 */
final class PluginJarBuilder {
    private static final String SOURCE = """
            package ext.%1$s;

            import io.payout.gateway.spi.*;
            import java.util.Map;
            import java.util.Set;

            public final class %2$sPlugin implements GatewayPlugin {
                public String gatewayId() { return "%2$s"; }
                public Set<String> rails() { return Set.of("IMPS"); }
                public int spiMajorVersion() { return %3$d; }
                public String version() { return "9.9.9"; }
                public PayoutGateway create(Map<String, String> configuration) {
                    return new PayoutGateway() {
                        public GatewayResult initiate(PayoutInstruction instruction) {
                            boolean ownContext = Thread.currentThread().getContextClassLoader()
                                    == %2$sPlugin.class.getClassLoader();
                            return new GatewayResult.Succeeded("%2$s-" + instruction.transactionRef(),
                                    "context class loader is the plugin's: " + ownContext);
                        }
                        public GatewayResult inquire(String transactionRef) {
                            return new GatewayResult.Pending("%2$s-" + transactionRef, null);
                        }
                    };
                }
            }
            """;

    private final Path workDirectory;

    PluginJarBuilder(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** Writes {@code jar} holding a plugin for gateway {@code id} that declares SPI major {@code spiMajor}. */
    Path build(Path jar, String id, int spiMajor) throws IOException {
        String pkg = id.toLowerCase();
        Path sources = Files.createDirectories(workDirectory.resolve(jar.getFileName() + "-src"));
        Path classes = Files.createDirectories(workDirectory.resolve(jar.getFileName() + "-classes"));
        Path source = sources.resolve(id + "Plugin.java");
        Files.writeString(source, String.format(SOURCE, pkg, id, spiMajor));
        compile(source, classes);
        String provider = "ext." + pkg + "." + id + "Plugin";
        pack(classes, jar, provider);
        return jar;
    }

    private static void compile(Path source, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "--release", "17", "-classpath", spiJar().toString(),
                "-d", classes.toString(), source.toString());
        assertThat(status).as("compiling " + source).isZero();
    }

    private static void pack(Path classes, Path jar, String provider) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                write(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            write(out, "META-INF/services/" + GatewayPlugin.class.getName(),
                    (provider + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** Where the gateway SPI classes come from: the gateway-spi jar (or its classes directory). */
    private static Path spiJar() {
        try {
            return Path.of(GatewayPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
