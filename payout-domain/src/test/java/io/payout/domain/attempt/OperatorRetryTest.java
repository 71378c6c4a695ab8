package io.payout.domain.attempt;

import static io.payout.domain.attempt.Fixtures.IMPS;
import static io.payout.domain.attempt.Fixtures.T0;
import static io.payout.domain.attempt.Fixtures.attempted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.DomainException;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.TransactionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperatorRetryTest {
    private static final NextWork RETRY_PLANNED = new NextWork(T0.plusSeconds(600), IMPS);
    private final Fulfillment fresh = Fixtures.fulfillment(AdditionalInfo.NONE);

    private Fulfillment with(FulfillmentStatus status, TransactionStatus... attempts) {
        return attempted(fresh, status, T0, attempts);
    }

    @Test
    void aFailedFulfillmentWhoseAttemptsAllFailedMayBeRetried() {
        Fulfillment f = with(FulfillmentStatus.FAILURE, TransactionStatus.FAILURE, TransactionStatus.FAILURE);

        assertThat(OperatorRetry.refusal(f, NextWork.NONE)).isEmpty();
        assertThat(OperatorRetry.isWaitingForRetry(f, NextWork.NONE)).isFalse();
    }

    @Test
    void aFulfillmentWaitingOutItsBackoffIsWaitingForRetry() {
        Fulfillment f = with(FulfillmentStatus.PENDING, TransactionStatus.FAILURE);

        assertThat(OperatorRetry.refusal(f, RETRY_PLANNED)).isEmpty();
        assertThat(OperatorRetry.isWaitingForRetry(f, RETRY_PLANNED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionStatus.class, names = "FAILURE", mode = EnumSource.Mode.EXCLUDE)
    void anyAttemptThatMayHavePaidOrIsNotSettledRefusesTheRetry(TransactionStatus status) {
        Fulfillment failed = with(FulfillmentStatus.FAILURE, TransactionStatus.FAILURE, status);
        Fulfillment waiting = with(FulfillmentStatus.PENDING, status, TransactionStatus.FAILURE);

        assertThat(OperatorRetry.refusal(failed, NextWork.NONE)).get().asString()
                .contains(failed.id().transaction(2).value()).contains(status.name());
        assertThat(OperatorRetry.refusal(waiting, RETRY_PLANNED)).get().asString()
                .contains(waiting.id().transaction(1).value());
        assertThat(OperatorRetry.isWaitingForRetry(waiting, RETRY_PLANNED)).isFalse();
    }

    @Test
    void cancelledSucceededInReviewAndNeverAttemptedFulfillmentsAreRefused() {
        assertThat(OperatorRetry.refusal(with(FulfillmentStatus.CANCELLED), NextWork.NONE)).get().asString()
                .contains("CANCELLED");
        assertThat(OperatorRetry.refusal(with(FulfillmentStatus.SUCCESS, TransactionStatus.FAILURE), NextWork.NONE))
                .get().asString().contains("paid");
        assertThat(OperatorRetry.refusal(with(FulfillmentStatus.MANUAL_REVIEW, TransactionStatus.FAILURE),
                NextWork.NONE)).get().asString().contains("resolve-review");
        assertThat(OperatorRetry.refusal(fresh, NextWork.at(T0))).get().asString().contains("not been attempted");
    }

    @Test
    void aFulfillmentThatFailedWithoutAnAttemptHasNothingToRetry() {
        assertThat(OperatorRetry.refusal(with(FulfillmentStatus.FAILURE), NextWork.NONE)).get().asString()
                .contains("without an attempt");
    }

    @Test
    void aPendingFulfillmentWithoutAPlannedRetryIsRefused() {
        Fulfillment f = with(FulfillmentStatus.PENDING, TransactionStatus.FAILURE);

        assertThat(OperatorRetry.refusal(f, NextWork.at(T0))).get().asString().contains("no retry is planned");
    }

    @Test
    void reopeningMovesTheFulfillmentToPendingAndTheOrderBackToScheduledWithEvents() {
        Order order = Fixtures.oneBankOrder();
        Fulfillment f = attempted(order.fulfillments().get(0), FulfillmentStatus.FAILURE, T0,
                TransactionStatus.FAILURE);
        Order failed = order.withFulfillment(f, T0).withStatus(OrderStatus.FULFILLMENTS_FAILURE, T0);
        OrderProgress progress = new OrderProgress(failed, T0.plusSeconds(60));

        OperatorRetry.reopen(progress, f.id());

        assertThat(progress.fulfillment(f.id()).status()).isEqualTo(FulfillmentStatus.PENDING);
        assertThat(progress.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);
        assertThat(progress.events()).containsExactly(
                new StatusEvent(EventLabel.FULFILLMENT_ORDER, f.id().value(), "PENDING", T0.plusSeconds(60)),
                new StatusEvent(EventLabel.ORDER, order.id().value(), "FULFILLMENTS_SCHEDULED", T0.plusSeconds(60)));
        assertThat(progress.fulfillment(f.id()).transactions()).isEqualTo(f.transactions());
    }

    @Test
    void reopeningAnythingButAFailureOfKnownFailuresIsADomainError() {
        Order order = Fixtures.oneBankOrder();
        for (Fulfillment f : List.of(
                attempted(order.fulfillments().get(0), FulfillmentStatus.FAILURE, T0, TransactionStatus.REVERSED),
                attempted(order.fulfillments().get(0), FulfillmentStatus.PENDING, T0, TransactionStatus.FAILURE))) {
            OrderProgress progress = new OrderProgress(order.withFulfillment(f, T0), T0);

            assertThatThrownBy(() -> OperatorRetry.reopen(progress, f.id())).isInstanceOf(DomainException.class)
                    .hasMessageContaining(f.id().value());
            assertThat(progress.events()).isEmpty();
        }
    }
}
