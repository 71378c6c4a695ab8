package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.setup.Environment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Serves a real Dropwizard admin context, with the servlet registered the way the application does. */
class PrometheusServletTest {
    private final Environment environment = new Environment("prometheus-test");
    private final Server server = new Server(0);

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void adminScrapeAnswersInTheTextFormatWithItsContentType() throws Exception {
        environment.metrics().counter("engine.claimed").inc(2);
        PrometheusServlet.register(environment);
        server.setHandler(environment.getAdminContext());
        server.start();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                        + "/prometheus")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("# TYPE engine_claimed gauge\nengine_claimed 2\n");
    }
}
