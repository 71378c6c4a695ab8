package io.payout.gateway.host;

import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;

/** Turns a plugin's answer into the domain's, one to one; the failure category by name. */
final class ResultMapper {
    private ResultMapper() {
    }

    static GatewayResult toDomain(io.payout.gateway.spi.GatewayResult answer) {
        if (answer == null) {
            return GatewayResult.Unknown.because("gateway error: no answer");
        }
        if (answer instanceof io.payout.gateway.spi.GatewayResult.Succeeded succeeded) {
            return new GatewayResult.Succeeded(succeeded.gatewayRefId(), succeeded.rawResponse());
        }
        if (answer instanceof io.payout.gateway.spi.GatewayResult.Failed failed) {
            return new GatewayResult.Failed(failed.responseCode(), failed.message(),
                    failed.category() == null ? null : FailureCategory.valueOf(failed.category().name()), failed.retryable(), failed.rawResponse());
        }
        if (answer instanceof io.payout.gateway.spi.GatewayResult.Pending pending) {
            return new GatewayResult.Pending(pending.gatewayRefId(), pending.rawResponse());
        }
        io.payout.gateway.spi.GatewayResult.Unknown unknown = (io.payout.gateway.spi.GatewayResult.Unknown) answer;
        return new GatewayResult.Unknown(unknown.reason(), unknown.notFound(), unknown.rawResponse());
    }
}
