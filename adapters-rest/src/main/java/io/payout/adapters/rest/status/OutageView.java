package io.payout.adapters.rest.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Juspay's outage answer. {@code beneficiarySpecificData} (banks, IFSCs, VPA handles that are down) is always empty:
 * the service has no source for it.
 */
@JsonPropertyOrder({"beneficiarySpecificData", "gatewaySpecificData"})
public record OutageView(List<Object> beneficiarySpecificData, List<Gateway> gatewaySpecificData) {
    /** A method that is {@code DOWN} or {@code FLUCTUATE}: its rail ({@code mode}) and gateway. */
    @JsonPropertyOrder({"status", "mode", "gateway"})
    public record Gateway(String status, String mode, String gateway) {
    }
}
