package io.payout.adapters.rest.support;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.MerchantApiSettings;
import io.payout.adapters.rest.MerchantRestApi;
import io.payout.adapters.rest.order.OrderHistoryResource;
import io.payout.adapters.rest.status.BalanceResource;
import io.payout.adapters.rest.status.OutageResource;
import io.payout.application.gateway.GatewayBalances;
import io.payout.application.gateway.GetBalancesService;
import io.payout.application.gateway.GetOutageService;
import io.payout.application.gateway.MethodOutage;
import io.payout.application.merchant.AuthenticateMerchantService;
import io.payout.application.operator.OrderHistoryService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link TestPayoutApplication} with the resources added through {@link MerchantRestApi#addResource}: an order's
 * history on the real {@link OrderHistoryService} over the same in-memory store, and balances and outages on the
 * real queries over gateways the test sets ({@link #gatewayBalances()}, {@link #outages()}; balances are asked at
 * every request).
 */
public class StatusPayoutApplication extends TestPayoutApplication {
    private final List<GatewayBalances> gatewayBalances = new CopyOnWriteArrayList<>();
    private final List<MethodOutage> outages = new CopyOnWriteArrayList<>();

    @Override
    public void run(Configuration configuration, Environment environment) {
        var balances = new GetBalancesService(() -> List.copyOf(gatewayBalances), Duration.ZERO, clock());
        new MerchantRestApi(createOrderUseCase(), getOrderQuery(), listOrdersQuery(), orderPaymentsQuery(),
                cancelFulfillmentUseCase(), new AuthenticateMerchantService(merchants(), clock()),
                listCallbacksQuery(), redeliverCallbackUseCase(), new MerchantApiSettings(MAX_REQUEST_BYTES,
                rateLimit()), clock())
                .addResource(new OrderHistoryResource(new OrderHistoryService(orders().store())))
                .addResource(new BalanceResource(balances))
                .addResource(new BalanceResource.Alias(balances))
                .addResource(new OutageResource(new GetOutageService(() -> List.copyOf(outages))))
                .registerWith(environment);
    }

    /** What the gateways answer to the next balance requests. */
    public List<GatewayBalances> gatewayBalances() {
        return gatewayBalances;
    }

    /** The methods the gateways report down or fluctuating. */
    public List<MethodOutage> outages() {
        return outages;
    }
}
