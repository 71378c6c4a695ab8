package io.payout.gateway.dummy;

import io.payout.gateway.spi.Balance;
import io.payout.gateway.spi.BeneficiaryCheck;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The DUMMY sandbox: an in-memory simulator of Juspay's sandbox gateway, deciding each outcome by amount and rail
 * (see the table in the module's README.md). The transaction reference is the idempotency key: initiating a
 * recorded reference again answers that payout's current status and never records a second one. A share of the
 * answers is lost as a timeout; an initiate whose answer is lost has still done its work. Beneficiary validation
 * answers from Juspay's sandbox data ({@link SandboxBeneficiaries}) and loses no answer. Thread-safe.
 */
public final class DummyGateway implements PayoutGateway {
    private final DummySettings settings;
    private final Clock clock;
    private final LostAnswers lostAnswers;
    private final DummyLedger ledger;

    /** {@code random} decides which answers are lost; it need not be thread-safe. */
    public DummyGateway(DummySettings settings, Clock clock, RandomGenerator random) {
        this(settings, clock, new LostAnswers(settings.timeoutShare(), random), new DummyLedger(clock));
    }

    private DummyGateway(DummySettings settings, Clock clock, LostAnswers lostAnswers, DummyLedger ledger) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lostAnswers = lostAnswers;
        this.ledger = ledger;
    }

    /** A second view of this sandbox (same ledger, clock and random source) that loses another share of answers. */
    DummyGateway withTimeoutShare(double share) {
        DummySettings changed = settings.withTimeoutShare(share);
        return new DummyGateway(changed, clock, lostAnswers.withShare(share), ledger);
    }

    public DummyLedger ledger() {
        return ledger;
    }

    @Override
    public GatewayResult initiate(PayoutInstruction instruction) {
        Objects.requireNonNull(instruction, "instruction");
        String ref = instruction.transactionRef();
        if (!waitedBeforeAnswering()) {
            return NoAnswer.INTERRUPTED.answer(ref);
        }
        return lostAnswers.deliver(accept(instruction), ref);
    }

    @Override
    public GatewayResult inquire(String transactionRef) {
        Objects.requireNonNull(transactionRef, "transactionRef");
        if (!waitedBeforeAnswering()) {
            return NoAnswer.INTERRUPTED.answer(transactionRef);
        }
        GatewayResult answer = ledger.find(transactionRef)
                .map(payout -> payout.answerAt(clock.instant()))
                .orElseGet(() -> NoAnswer.NOT_FOUND.answer(transactionRef));
        return lostAnswers.deliver(answer, transactionRef);
    }

    /**
     * The sandbox account's balance, the same for every rail: the opening balance less the payouts pending or paid
     * now (it may go below zero: the sandbox refuses no payout for want of money). Answered at once, never lost.
     */
    @Override
    public List<Balance> balances() {
        Instant now = clock.instant();
        return List.of(new Balance(null, settings.openingBalance().subtract(ledger.committedAt(now)), now));
    }

    /** Juspay's sandbox validation data; waits {@code latency-ms} like every call, but never loses the answer. */
    @Override
    public BeneficiaryCheck validateBeneficiary(Payee payee) {
        Objects.requireNonNull(payee, "payee");
        if (!waitedBeforeAnswering()) {
            return new BeneficiaryCheck.Error("interrupted before answering");
        }
        return SandboxBeneficiaries.check(payee);
    }

    private GatewayResult accept(PayoutInstruction instruction) {
        String ref = instruction.transactionRef();
        Optional<Rail> rail = Rail.named(instruction.rail());
        if (rail.isEmpty()) {
            return Refusal.UNSUPPORTED_RAIL.answer(ref);
        }
        if (!rail.get().accepts(instruction.payee())) {
            return Refusal.INVALID_PAYEE_FOR_RAIL.answer(ref);
        }
        if (instruction.amount().signum() <= 0) {
            return Refusal.INVALID_AMOUNT.answer(ref);
        }
        Optional<RecordedPayout> recorded = ledger.find(ref);
        if (recorded.isPresent()) {
            return answerAbout(recorded.get(), instruction);
        }
        Scenario scenario = Scenario.of(instruction.amount(), rail.get());
        if (scenario == Scenario.NOT_FOUND_FIRST && ledger.isFirstInitiationOf(ref)) {
            return NoAnswer.NOT_FOUND_AT_INITIATION.answer(ref);
        }
        RecordedPayout accepted = RecordedPayout.accepted(instruction, rail.get(), scenario, clock.instant(), settings);
        return answerAbout(ledger.recordIfAbsent(accepted), instruction);
    }

    private GatewayResult answerAbout(RecordedPayout recorded, PayoutInstruction instruction) {
        return recorded.isSamePayoutAs(instruction)
                ? recorded.answerAt(clock.instant())
                : Refusal.IDEMPOTENCY_MISMATCH.answer(instruction.transactionRef());
    }

    private boolean waitedBeforeAnswering() {
        if (settings.latency().isZero()) {
            return true;
        }
        try {
            Thread.sleep(settings.latency().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
