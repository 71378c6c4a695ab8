package io.payout.gateway.host.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionPlugin;
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
 * Builds a collection plugin jar at test time, the way a third party would: a small plugin's source compiled against
 * the collection-spi jar alone, packed with its {@code META-INF/services} entry. Its orders are open (status
 * {@code NEW} when its calls run with its own class loader as the context class loader, else
 * {@code WRONG_CONTEXT}); inquiries answer charged 10.00; refunds succeed.
 */
final class CollectionPluginJarBuilder {
    private static final String SOURCE = """
            package ext.%1$s;

            import io.payout.collection.spi.*;
            import java.math.BigDecimal;
            import java.util.List;
            import java.util.Map;

            public final class %2$sPlugin implements CollectionPlugin {
                public String providerId() { return "%2$s"; }
                public int spiMajorVersion() { return %3$d; }
                public String version() { return "9.9.9"; }
                public CollectionProvider create(Map<String, String> configuration) {
                    return new CollectionProvider() {
                        public CollectionOrderState createOrder(CollectionRequest request) {
                            boolean ownContext = Thread.currentThread().getContextClassLoader()
                                    == %2$sPlugin.class.getClassLoader();
                            return new CollectionOrderState.Open(ownContext ? "NEW" : "WRONG_CONTEXT",
                                    "https://ext.example/" + request.providerOrderId(), null, null, null);
                        }
                        public CollectionOrderState inquire(String providerOrderId) {
                            return new CollectionOrderState.Charged(new BigDecimal("10.00"), "CHARGED", null);
                        }
                        public RefundState refund(RefundRequest request) {
                            return new RefundState.Known(RefundState.Status.SUCCESS, "ext-" + request.uniqueRequestId(),
                                    null);
                        }
                        public RefundState inquireRefund(String providerOrderId, String uniqueRequestId) {
                            return new RefundState.Unknown("no such refund", true);
                        }
                        public WebhookParse parseWebhook(Map<String, List<String>> headers, byte[] body) {
                            return new WebhookParse(true, List.of("ext1"), "ORDER_SUCCEEDED");
                        }
                    };
                }
            }
            """;

    private final Path workDirectory;

    CollectionPluginJarBuilder(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** Writes {@code jar} holding a plugin for provider {@code id} that declares collection SPI major {@code spiMajor}. */
    Path build(Path jar, String id, int spiMajor) throws IOException {
        String pkg = id.toLowerCase();
        Path sources = Files.createDirectories(workDirectory.resolve(jar.getFileName() + "-src"));
        Path classes = Files.createDirectories(workDirectory.resolve(jar.getFileName() + "-classes"));
        Path source = sources.resolve(id + "Plugin.java");
        Files.writeString(source, String.format(SOURCE, pkg, id, spiMajor));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "--release", "17", "-classpath", spiJar().toString(),
                "-d", classes.toString(), source.toString());
        assertThat(status).as("compiling " + source).isZero();
        pack(classes, jar, "ext." + pkg + "." + id + "Plugin");
        return jar;
    }

    private static void pack(Path classes, Path jar, String provider) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                write(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            write(out, "META-INF/services/" + CollectionPlugin.class.getName(),
                    (provider + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** Where the collection SPI classes come from: the collection-spi jar (or its classes directory). */
    private static Path spiJar() {
        try {
            return Path.of(CollectionPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
