package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The collection of a Pay and Fulfill order, in the order's {@code payments[]} (create response; status API with
 * {@code expand=payment}). Null fields are left out.
 * <pre>{@code
 * {"id": "P4kQ9zT2mB7xR1cV8nLw", "provider": "EXPRESS_CHECKOUT", "status": "AWAITING_PAYMENT", "amount": 10.50,
 *  "providerStatus": "NEW",
 *  "paymentLinks": {"web": "https://.../merchant/pay/ord_1", "mobile": "...?mobile=true", "iframe": "..."},
 *  "expiresAt": "2024-01-15T10:15:00Z", "createdAt": "2024-01-15T10:00:00Z", "updatedAt": "2024-01-15T10:00:01Z"}
 * }</pre>
 * <ul>
 * <li>{@code id}: the collection order's id at the provider (ours, letters and digits, at most 20).</li>
 * <li>{@code status}: {@code PENDING_CREATION} (not yet created at the provider: retried in the background;
 * {@code reason} says what went wrong last), {@code AWAITING_PAYMENT} (hand {@code paymentLinks} to the end user),
 * {@code CHARGED} (confirmed with the provider; fulfillment starts), {@code EXPIRED} (not paid by
 * {@code expiresAt}: the order is cancelled), {@code AMOUNT_MISMATCH} (charged {@code chargedAmount}, not the order
 * amount: the order goes to manual review).</li>
 * <li>{@code providerStatus}: the provider's own status (e.g. Express Checkout's {@code NEW}, {@code CHARGED}).</li>
 * <li>{@code paymentLinks}: where the end user pays, as the provider returned them; {@code {}} until created.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentView(String id, String provider, String status, BigDecimal amount, BigDecimal chargedAmount,
                          String providerStatus, Links paymentLinks, String expiresAt, String reason, String createdAt,
                          String updatedAt) {
    /** Where the end user pays; a link the provider did not return is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String web, String mobile, String iframe) {
    }
}
