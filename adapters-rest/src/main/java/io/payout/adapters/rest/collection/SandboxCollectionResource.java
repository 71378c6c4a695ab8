package io.payout.adapters.rest.collection;

import io.payout.application.NotFoundException;
import io.payout.application.collection.PaySandboxCollectionUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox collection provider's "end user pays", no API key: {@code GET /payout/sandbox/collections/{id}} is
 * the payment link (opening it pays, and answers a small HTML page; 404 page if there is no such sandbox payment),
 * {@code POST /payout/sandbox/collections/{id}/pay} the same for scripts (200
 * {@code {"providerOrderId":id,"status":"PAID"}}, 404 E09). Either marks the sandbox order paid and sends its webhook;
 * paying twice is harmless. An id that is not letters and digits (at most 20) is not found.
 */
@Path("/sandbox/collections/{providerOrderId}")
public class SandboxCollectionResource {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxCollectionResource.class);
    private static final Pattern PROVIDER_ORDER_ID = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
            <body><h1>%s</h1><p>%s</p></body></html>
            """;
    private final PaySandboxCollectionUseCase pay;

    public SandboxCollectionResource(PaySandboxCollectionUseCase pay) {
        this.pay = pay;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response paymentLink(@PathParam("providerOrderId") String providerOrderId) {
        if (!paid(providerOrderId)) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(PAGE.formatted("Not found",
                    "Payment not found", "There is no sandbox payment at this link.")).build();
        }
        return Response.ok(PAGE.formatted("Paid", "Payment received", "Sandbox payment " + providerOrderId
                + " is paid. You can close this page."), MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Path("/pay")
    @Produces(MediaType.APPLICATION_JSON)
    public SandboxPayment payNow(@PathParam("providerOrderId") String providerOrderId) {
        if (!paid(providerOrderId)) {
            throw new NotFoundException("not found: no sandbox payment with this id");
        }
        return new SandboxPayment(providerOrderId, "PAID");
    }

    private boolean paid(String providerOrderId) {
        if (!PROVIDER_ORDER_ID.matcher(providerOrderId).matches() || !pay.pay(providerOrderId)) {
            return false;
        }
        LOG.info("Sandbox payment {} paid", providerOrderId);
        return true;
    }

    /** The answer to a sandbox payment. */
    public record SandboxPayment(String providerOrderId, String status) {
    }
}
