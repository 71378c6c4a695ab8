package io.payout.application.operator;

import io.payout.domain.InvalidInputException;
import java.util.Objects;

/** Pause (or resume) a gateway ({@code DUMMY}) or one method ({@code DUMMY_IMPS}), saying who and why. */
public record PauseRoutingCommand(String name, boolean pause, OperatorNote note) {
    public PauseRoutingCommand {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        name = name.trim();
        Objects.requireNonNull(note, "note");
    }
}
