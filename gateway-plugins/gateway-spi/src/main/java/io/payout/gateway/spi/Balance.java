package io.payout.gateway.spi;

import java.math.BigDecimal;
import java.time.Instant;

/** Money available at a gateway for a rail ({@code null}: for every rail), in rupees, as of a time. */
public record Balance(String rail, BigDecimal amount, Instant asOf) {
}
