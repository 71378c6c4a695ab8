package io.payout.app.task;

import io.dropwizard.servlets.tasks.Task;
import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.operator.ResolveReviewCommand;
import io.payout.application.operator.ResolveReviewUseCase;
import io.payout.domain.DomainException;
import io.payout.domain.MerchantId;
import io.payout.domain.TransactionId;
import io.payout.domain.TransactionStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /tasks/resolve-review?merchant=m1&transaction=<txn id>&outcome=SUCCESS&reason=...&operator=...}: settles
 * a transaction in manual review as the bank confirmed it (SUCCESS or FAILURE); the order moves on, the merchant's
 * callbacks go out and the action is written to the audit log. Prints one line; on any error nothing changes.
 */
public final class ResolveReviewTask extends Task {
    private static final Logger LOG = LoggerFactory.getLogger(ResolveReviewTask.class);
    private final ResolveReviewUseCase resolve;

    public ResolveReviewTask(ResolveReviewUseCase resolve) {
        super("resolve-review");
        this.resolve = resolve;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        ResolveReviewCommand command;
        try {
            command = new ResolveReviewCommand(new MerchantId(TaskParameters.single(parameters, "merchant")),
                    new TransactionId(TaskParameters.single(parameters, "transaction")),
                    outcome(TaskParameters.single(parameters, "outcome")),
                    TaskParameters.single(parameters, "reason"), TaskParameters.single(parameters, "operator"));
        } catch (IllegalArgumentException | DomainException e) {
            output.println("error: give merchant, transaction, outcome (SUCCESS or FAILURE), reason and operator: "
                    + e.getMessage() + "; nothing changed");
            return;
        }
        ResolveReviewUseCase.Resolution resolution;
        try {
            resolution = resolve.resolve(command);
        } catch (NotFoundException | ConflictException e) {
            output.println("error: " + e.getMessage() + "; nothing changed");
            return;
        }
        LOG.warn("operator task resolve-review: {} resolved transaction {} of merchant {} as {}: {}; order now {}",
                command.operator(), command.transactionId(), command.merchantId(), command.outcome(),
                command.reason(), resolution.orderStatus());
        output.println("transaction " + command.transactionId() + " resolved as " + command.outcome() + " by "
                + command.operator() + "; order is now " + resolution.orderStatus());
    }

    private static TransactionStatus outcome(String value) {
        if (!value.equals("SUCCESS") && !value.equals("FAILURE")) {
            throw new IllegalArgumentException("outcome must be SUCCESS or FAILURE");
        }
        return TransactionStatus.valueOf(value);
    }
}
