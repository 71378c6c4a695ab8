package io.payout.adapters.rest.support;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.MerchantApiSettings;
import io.payout.adapters.rest.MerchantRestApi;
import io.payout.adapters.rest.callback.CallbackInfoRenderer;
import io.payout.adapters.rest.collection.CollectionWebhookApi;
import io.payout.adapters.rest.collection.SandboxCollectionApi;
import io.payout.adapters.rest.limit.AuthFailureLimitSettings;
import io.payout.adapters.rest.limit.RateLimitSettings;
import io.payout.adapters.rest.limit.TrustedProxies;
import io.payout.adapters.rest.beneficiary.BeneficiaryResource;
import io.payout.application.beneficiary.GetBeneficiaryService;
import io.payout.application.beneficiary.SaveBeneficiaryService;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.callback.ListOrderCallbacksQuery;
import io.payout.application.callback.ListOrderCallbacksService;
import io.payout.application.callback.RedeliverCallbackService;
import io.payout.application.callback.RedeliverCallbackUseCase;
import io.payout.application.collection.CollectionSettings;
import io.payout.application.collection.HandleCollectionWebhookService;
import io.payout.application.collection.OrderPaymentsQuery;
import io.payout.application.collection.OrderPaymentsService;
import io.payout.application.collection.StartCollectionService;
import io.payout.application.engine.CancelFulfillmentService;
import io.payout.application.engine.CancelFulfillmentUseCase;
import io.payout.application.engine.ProgressSaver;
import io.payout.application.fakes.InMemoryBeneficiaryStore;
import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.merchant.AuthenticateMerchantService;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.application.merchant.RotateApiKeyService;
import io.payout.application.order.BeneIdResolver;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.GetOrderQuery;
import io.payout.application.order.GetOrderService;
import io.payout.application.order.ListOrdersQuery;
import io.payout.application.order.ListOrdersService;
import io.payout.application.order.OrderLimits;
import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.WebhookTarget;
import io.payout.domain.callback.RetrySchedule;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The merchant API on the real use cases, wired on in-memory stores (orders and the callback outbox in the
 * application's InMemoryOrderStore, reached through {@link InMemoryOrderWork}), as payout-app wires it on the
 * database. Saves compose their callbacks with the real {@link CallbackComposer} and {@link CallbackInfoRenderer};
 * no relay runs, so callbacks stay as written until a test records attempts itself. Pay and Fulfill is on: payments
 * and refunds in the same store, collected by a {@link ScriptedCollectionProvider} ({@code EXPRESS_CHECKOUT}, or
 * {@code SANDBOX} for {@link #SANDBOX_MERCHANT}); no collection pump runs, so a payment stays as the create call
 * left it until a test changes it through {@link #orders()}.
 */
public class TestPayoutApplication extends Application<Configuration> {
    public static final long MAX_REQUEST_BYTES = 1_048_576;
    public static final String CONFIG = "rest-api-test.yml";
    /** The merchant whose Pay and Fulfill orders the sandbox provider collects (the others': Express Checkout). */
    public static final String SANDBOX_MERCHANT = "m-sandbox-collects";
    public static final Duration PAYMENT_WINDOW = Duration.ofMinutes(15);
    /** What the clock says until a test moves it. */
    public static final Instant START = Instant.parse("2024-01-15T10:00:00.123456Z");
    private final InMemoryOrderWork orders = new InMemoryOrderWork(new InMemoryOrderStore());
    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    private final InMemoryBeneficiaryStore beneficiaries = new InMemoryBeneficiaryStore(orders.store());
    private final AtomicInteger validationWakeUps = new AtomicInteger();
    private final MutableClock clock = new MutableClock(START);
    private final AtomicInteger relayWakeUps = new AtomicInteger();
    private final AtomicInteger redeliverCalls = new AtomicInteger();
    private final ScriptedCollectionProvider collectionProvider = new ScriptedCollectionProvider();
    private final AtomicInteger collectionPumpWakeUps = new AtomicInteger();
    private final CollectionSettings collectionSettings = new CollectionSettings(
            ScriptedCollectionProvider.EXPRESS_CHECKOUT,
            Map.of(new MerchantId(SANDBOX_MERCHANT), ScriptedCollectionProvider.SANDBOX), PAYMENT_WINDOW,
            Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(1), 10, true,
            Map.of());

    @Override
    public void run(Configuration configuration, Environment environment) {
        new MerchantRestApi(createOrderUseCase(), getOrderQuery(), listOrdersQuery(), orderPaymentsQuery(),
                cancelFulfillmentUseCase(), new AuthenticateMerchantService(merchants, clock), listCallbacksQuery(),
                redeliverCallbackUseCase(), new MerchantApiSettings(MAX_REQUEST_BYTES, rateLimit(), authFailureLimit()),
                clock)
                .addResource(new BeneficiaryResource(new SaveBeneficiaryService(beneficiaries, beneficiaries,
                        validationWakeUps::incrementAndGet, clock), new GetBeneficiaryService(beneficiaries)))
                .registerWith(environment);
        var webhooks = new HandleCollectionWebhookService(collectionProvider, collectionProvider, orders.store(),
                collectionPumpWakeUps::incrementAndGet, clock);
        new CollectionWebhookApi(webhooks, collectionProvider::isConfigured).registerWith(environment);
        new SandboxCollectionApi(webhooks).registerWith(environment);
    }

    protected CreateOrderUseCase createOrderUseCase() {
        var collections = new StartCollectionService(collectionProvider, orders.store(), collectionSettings, clock);
        return new CreateOrderService(orders, orders, new OrderLimits(Money.of("10000000.00")), collections,
                new BeneIdResolver(beneficiaries), clock);
    }

    protected OrderPaymentsQuery orderPaymentsQuery() {
        return new OrderPaymentsService(orders.store());
    }

    protected GetOrderQuery getOrderQuery() {
        return new GetOrderService(orders);
    }

    protected ListOrdersQuery listOrdersQuery() {
        return new ListOrdersService(orders.store());
    }

    /** On, but far above what any test sends, so that every test goes through the limiter. */
    protected RateLimitSettings rateLimit() {
        return new RateLimitSettings(true, 100_000, 100_000);
    }

    /** On, but far above the failed authentications any test makes, so that every test goes through the limiter. */
    protected AuthFailureLimitSettings authFailureLimit() {
        return new AuthFailureLimitSettings(true, 100_000, Duration.ofSeconds(1), 1_000, TrustedProxies.NONE);
    }

    protected CancelFulfillmentUseCase cancelFulfillmentUseCase() {
        ProgressSaver saver = new ProgressSaver(orders, new CallbackComposer(merchants, new CallbackInfoRenderer()));
        return new CancelFulfillmentService(orders, saver, clock);
    }

    protected ListOrderCallbacksQuery listCallbacksQuery() {
        return new ListOrderCallbacksService(orders, orders.store());
    }

    protected RedeliverCallbackUseCase redeliverCallbackUseCase() {
        RedeliverCallbackUseCase service = new RedeliverCallbackService(orders.store(), RetrySchedule.PRODUCTION,
                relayWakeUps::incrementAndGet, clock);
        return (merchantId, callbackId) -> {
            redeliverCalls.incrementAndGet();
            return service.redeliver(merchantId, callbackId);
        };
    }

    /** Sends every callback of the merchant to {@code url} (its configuration, as {@code merchants webhook} sets). */
    public void subscribe(String merchantId, String url) {
        merchants.saveSubscription(new MerchantId(merchantId),
                new WebhookSubscription(new WebhookTarget(url, null, null, null), Set.of()));
    }

    /** How often a redelivery has woken the (absent) relay. */
    public int relayWakeUps() {
        return relayWakeUps.get();
    }

    /** How often the redelivery use case was called at all. */
    public int redeliverCalls() {
        return redeliverCalls.get();
    }

    /** Registers a merchant and returns its API key. */
    public String newMerchant(String merchantId) {
        return new CreateMerchantService(merchants, clock).createMerchant(new MerchantId(merchantId)).apiKey();
    }

    /** Issues a new key and makes every older key of the merchant stop working now. */
    public String rotateKeyWithoutGrace(String merchantId) {
        return new RotateApiKeyService(merchants, Duration.ZERO, clock).rotateApiKey(new MerchantId(merchantId)).apiKey();
    }

    /** The orders, kept by the application's InMemoryOrderStore; insert here to make an order cancellable. */
    public InMemoryOrderWork orders() {
        return orders;
    }

    /** The collection providers' script. */
    public ScriptedCollectionProvider collectionProvider() {
        return collectionProvider;
    }

    /** How often a webhook or a sandbox payment has woken the (absent) collection pump. */
    public int collectionPumpWakeUps() {
        return collectionPumpWakeUps.get();
    }

    /** The saved beneficiaries (no validation runs: a test records outcomes itself). */
    public InMemoryBeneficiaryStore beneficiaries() {
        return beneficiaries;
    }

    /** How often a VALIDATE request has woken the (absent) validation. */
    public int validationWakeUps() {
        return validationWakeUps.get();
    }

    public MutableClock clock() {
        return clock;
    }

    protected InMemoryMerchantStore merchants() {
        return merchants;
    }
}
