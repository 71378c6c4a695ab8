package io.payout.application.operator;

/** An operator pauses or resumes a gateway or a method on every instance, durably and audited. */
public interface PauseRoutingUseCase {
    /**
     * @return whether it changed anything (false: it was already so; nothing is logged then)
     * @throws io.payout.application.NotFoundException if the name is neither a running gateway nor a method
     */
    boolean change(PauseRoutingCommand command);
}
