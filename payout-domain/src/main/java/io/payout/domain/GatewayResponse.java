package io.payout.domain;

/** What a gateway last said about a transaction: its reference, code, message, description and raw reply. */
public record GatewayResponse(String gatewayRefId, String responseCode, String responseMessage,
                              String responseDescription, String rawResponse) {
    public static final GatewayResponse NONE = new GatewayResponse(null, null, null, null, null);

    /** This response with the fields {@code later} has filled in; a gateway reference once known is kept. */
    public GatewayResponse updatedBy(GatewayResponse later) {
        return new GatewayResponse(later.gatewayRefId != null ? later.gatewayRefId : gatewayRefId,
                later.responseCode != null ? later.responseCode : responseCode,
                later.responseMessage != null ? later.responseMessage : responseMessage,
                later.responseDescription != null ? later.responseDescription : responseDescription,
                later.rawResponse != null ? later.rawResponse : rawResponse);
    }
}
