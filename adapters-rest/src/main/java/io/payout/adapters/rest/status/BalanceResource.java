package io.payout.adapters.rest.status;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.gateway.GetBalancesQuery;
import io.payout.application.gateway.MethodBalance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Juspay's balance API, {@code GET /merchant/v1/getways/balance} (the typo is Juspay's), also served as
 * {@code GET /merchant/v1/balances} ({@link Alias}): a map keyed by method, each with its {@code lastUpdated} time and
 * its {@code balance} as a string. Only gateways that report balances appear; the balances are the service's gateway
 * accounts, the same for every merchant.
 */
@Path("/merchant/v1/getways/balance")
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {
    private final GetBalancesQuery balances;

    public BalanceResource(GetBalancesQuery balances) {
        this.balances = balances;
    }

    @GET
    public Map<String, BalanceView> balances(@Auth MerchantPrincipal merchant) {
        Map<String, BalanceView> view = new LinkedHashMap<>();
        for (MethodBalance b : balances.balances()) {
            view.put(b.method().value(), new BalanceView(b.asOf().truncatedTo(ChronoUnit.SECONDS).toString(),
                    b.amount().setScale(2, RoundingMode.DOWN).toPlainString()));
        }
        return view;
    }

    /** The same API at {@code GET /merchant/v1/balances}. */
    @Path("/merchant/v1/balances")
    public static class Alias extends BalanceResource {
        public Alias(GetBalancesQuery balances) {
            super(balances);
        }
    }
}
