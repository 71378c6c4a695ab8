package io.payout.app.metrics;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Serves the application's metrics for a Prometheus scrape, in the text exposition format 0.0.4. */
public class PrometheusServlet extends HttpServlet {
    public static final String PATH = "/prometheus";
    private static final long serialVersionUID = 1L;

    private final transient MetricRegistry registry;

    public PrometheusServlet(MetricRegistry registry) {
        this.registry = registry;
    }

    /** Adds the servlet to the admin connector at {@value #PATH}, next to Dropwizard's own {@code /metrics}. */
    public static void register(Environment environment) {
        environment.admin().addServlet("prometheus", new PrometheusServlet(environment.metrics())).addMapping(PATH);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringWriter body = new StringWriter();
        PrometheusTextFormat.write(registry, body);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Content-Type", PrometheusTextFormat.CONTENT_TYPE);
        response.setHeader("Cache-Control", "must-revalidate,no-cache,no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
