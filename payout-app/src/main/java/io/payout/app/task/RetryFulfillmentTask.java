package io.payout.app.task;

import io.dropwizard.servlets.tasks.Task;
import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.operator.RetryFulfillmentCommand;
import io.payout.application.operator.RetryFulfillmentUseCase;
import io.payout.domain.DomainException;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /tasks/retry-fulfillment?merchant=m1&fulfillment=<fulfillment id>&reason=...&operator=...}: retries a
 * fulfillment now. One waiting out a retry's backoff is made due now; a failed one whose every attempt is a known
 * failure gets a fresh attempt (the order goes back to {@code FULFILLMENTS_SCHEDULED}). Refused, with nothing
 * changed, while any attempt may still pay or has paid, and for cancelled, paid, reviewed, refunded or expired ones.
 * Prints one line; the action is written to the audit log.
 */
public final class RetryFulfillmentTask extends Task {
    private static final Logger LOG = LoggerFactory.getLogger(RetryFulfillmentTask.class);
    private final RetryFulfillmentUseCase retry;

    public RetryFulfillmentTask(RetryFulfillmentUseCase retry) {
        super("retry-fulfillment");
        this.retry = retry;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        RetryFulfillmentCommand command;
        try {
            command = new RetryFulfillmentCommand(new MerchantId(TaskParameters.single(parameters, "merchant")),
                    new FulfillmentId(TaskParameters.single(parameters, "fulfillment")),
                    TaskParameters.single(parameters, "reason"), TaskParameters.single(parameters, "operator"));
        } catch (IllegalArgumentException | DomainException e) {
            output.println("error: give merchant, fulfillment, reason and operator: " + e.getMessage()
                    + "; nothing changed");
            return;
        }
        RetryFulfillmentUseCase.Retry done;
        try {
            done = retry.retry(command);
        } catch (NotFoundException | ConflictException e) {
            output.println("error: " + e.getMessage() + "; nothing changed");
            return;
        }
        LOG.warn("operator task retry-fulfillment: {} retried fulfillment {} of merchant {} on {} ({}): {}; order now {}",
                command.operator(), command.fulfillmentId(), command.merchantId(), done.method(),
                done.reopened() ? "fresh attempt" : "retry made due", command.reason(), done.orderStatus());
        output.println("fulfillment " + done.fulfillmentId() + ": "
                + (done.reopened() ? "a fresh attempt" : "its planned retry") + " on " + done.method()
                + " is due now (retried by " + command.operator() + "); order is now " + done.orderStatus()
                + (done.methodAvailable() ? ""
                : "; " + done.method() + " is paused or circuit-open: the attempt waits until it is back"));
    }
}
