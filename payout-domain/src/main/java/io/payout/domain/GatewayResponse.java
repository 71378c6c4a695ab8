package io.payout.domain;

/** What a gateway last said about a transaction: its reference, code, message, description and raw reply. */
public record GatewayResponse(String gatewayRefId, String responseCode, String responseMessage,
                              String responseDescription, String rawResponse) {
    public static final GatewayResponse NONE = new GatewayResponse(null, null, null, null, null);

    /**
     * This response after a later answer: the later answer's code, message and description (a newer answer
     * describes the transaction as it is now, so a "timeout" does not linger after a success); a gateway reference or
     * raw reply once known is kept unless the later answer brings a new one.
     */
    public GatewayResponse updatedBy(GatewayResponse later) {
        return new GatewayResponse(later.gatewayRefId != null ? later.gatewayRefId : gatewayRefId,
                later.responseCode, later.responseMessage, later.responseDescription,
                later.rawResponse != null ? later.rawResponse : rawResponse);
    }
}
