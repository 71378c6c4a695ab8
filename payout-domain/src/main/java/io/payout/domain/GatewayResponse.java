package io.payout.domain;

/** What a gateway last said about a transaction: its reference, code, message, description and raw reply. */
public record GatewayResponse(String gatewayRefId, String responseCode, String responseMessage,
                              String responseDescription, String rawResponse) {
    public static final GatewayResponse NONE = new GatewayResponse(null, null, null, null, null);
}
