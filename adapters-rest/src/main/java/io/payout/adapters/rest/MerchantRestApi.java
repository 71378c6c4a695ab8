package io.payout.adapters.rest;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.payout.adapters.rest.auth.ApiKeyAuthFilter;
import io.payout.adapters.rest.auth.ApiKeyAuthenticator;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.adapters.rest.callback.CallbackResource;
import io.payout.adapters.rest.callback.OrderCallbacksResource;
import io.payout.adapters.rest.error.ApiErrorExceptionMapper;
import io.payout.adapters.rest.error.ConflictExceptionMapper;
import io.payout.adapters.rest.error.DomainExceptionMapper;
import io.payout.adapters.rest.error.JettyErrorsInEnvelope;
import io.payout.adapters.rest.error.JsonProcessingExceptionMapper;
import io.payout.adapters.rest.error.NotFoundExceptionMapper;
import io.payout.adapters.rest.error.UnexpectedExceptionMapper;
import io.payout.adapters.rest.error.UnknownPathServlet;
import io.payout.adapters.rest.error.WebApplicationExceptionMapper;
import io.payout.adapters.rest.gateway.WebhookRejectedExceptionMapper;
import io.payout.adapters.rest.limit.AdmissionRefusedExceptionMapper;
import io.payout.adapters.rest.limit.AuthFailureGuard;
import io.payout.adapters.rest.limit.AuthFailureLimiter;
import io.payout.adapters.rest.limit.MerchantRateLimiter;
import io.payout.adapters.rest.limit.RateLimitFilter;
import io.payout.adapters.rest.limit.RateLimitSettings;
import io.payout.adapters.rest.limit.RequestBodyLimitFilter;
import io.payout.adapters.rest.limit.RequestBodyTooLargeExceptionMapper;
import io.payout.adapters.rest.order.FulfillmentResource;
import io.payout.adapters.rest.order.OrderResource;
import io.payout.adapters.rest.request.RequestIdFilter;
import io.payout.application.callback.ListOrderCallbacksQuery;
import io.payout.application.callback.RedeliverCallbackUseCase;
import io.payout.application.collection.OrderPaymentsQuery;
import io.payout.application.engine.CancelFulfillmentUseCase;
import io.payout.application.merchant.AuthenticateMerchantUseCase;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.GetOrderQuery;
import io.payout.application.order.ListOrdersQuery;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The merchant API, Juspay Payout's shape: order create (Fulfill Only and Pay and Fulfill), order status (with a Pay
 * and Fulfill order's payments and refunds, read through {@link OrderPaymentsQuery}) and fulfillment cancel, plus
 * the order listing ({@code GET /merchant/v1/orders}), an order's callback delivery log
 * ({@code GET /merchant/v1/orders/{orderId}/callbacks}) and callback redelivery
 * ({@code POST /merchant/v1/callbacks/{callbackId}/redeliver}), under {@code server.rootPath} (/payout/*), HTTP
 * Basic with the API key as username, a rate limit per merchant ({@link MerchantRateLimiter}), a limit on failed
 * authentications per client address ({@link AuthFailureLimiter}), creates refused by admission control (when the
 * create use case is gated, it throws {@code AdmissionRefusedException}: 429 E10 with {@code Retry-After}), an
 * {@code x-request-id} on every response ({@link RequestIdFilter}, which applies to every path of the application
 * port) and every error in Juspay's envelope. Expects
 * {@code server.registerDefaultExceptionMappers: false}: it registers all the exception mappers itself, including
 * those of the webhook and sandbox endpoints registered next to it ({@code GatewayWebhookApi},
 * {@code CollectionWebhookApi}, {@code SandboxCollectionApi}), and the body size limit, which applies to them too.
 */
public final class MerchantRestApi {
    private final CreateOrderUseCase createOrder;
    private final GetOrderQuery getOrder;
    private final ListOrdersQuery listOrders;
    private final OrderPaymentsQuery payments;
    private final CancelFulfillmentUseCase cancelFulfillment;
    private final AuthenticateMerchantUseCase authenticate;
    private final ListOrderCallbacksQuery listCallbacks;
    private final RedeliverCallbackUseCase redeliver;
    private final MerchantApiSettings settings;
    private final MerchantRateLimiter rateLimiter;
    private final AuthFailureLimiter authFailureLimiter;
    private final List<Object> moreResources = new ArrayList<>();

    /**
     * The API without the order listing ({@code GET /merchant/v1/orders} answers 404 E09), with the default rate
     * limit ({@link RateLimitSettings#DEFAULT}) on the system clock. Kept for callers written before the listing.
     */
    public MerchantRestApi(CreateOrderUseCase createOrder, GetOrderQuery getOrder, OrderPaymentsQuery payments,
                           CancelFulfillmentUseCase cancelFulfillment, AuthenticateMerchantUseCase authenticate,
                           ListOrderCallbacksQuery listCallbacks, RedeliverCallbackUseCase redeliver,
                           long maxRequestBytes) {
        this(createOrder, getOrder, null, payments, cancelFulfillment, authenticate, listCallbacks, redeliver,
                new MerchantApiSettings(maxRequestBytes, RateLimitSettings.DEFAULT), Clock.systemUTC());
    }

    /**
     * The whole API. {@code listOrders} may be null (no listing, as above); {@code clock} times the token buckets of
     * the rate limit and of the failed-authentication limit.
     */
    public MerchantRestApi(CreateOrderUseCase createOrder, GetOrderQuery getOrder, ListOrdersQuery listOrders,
                           OrderPaymentsQuery payments, CancelFulfillmentUseCase cancelFulfillment,
                           AuthenticateMerchantUseCase authenticate, ListOrderCallbacksQuery listCallbacks,
                           RedeliverCallbackUseCase redeliver, MerchantApiSettings settings, Clock clock) {
        this.createOrder = Objects.requireNonNull(createOrder, "createOrder");
        this.getOrder = Objects.requireNonNull(getOrder, "getOrder");
        this.listOrders = listOrders;
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cancelFulfillment = Objects.requireNonNull(cancelFulfillment, "cancelFulfillment");
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
        this.listCallbacks = Objects.requireNonNull(listCallbacks, "listCallbacks");
        this.redeliver = Objects.requireNonNull(redeliver, "redeliver");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rateLimiter = new MerchantRateLimiter(settings.rateLimit(), clock);
        this.authFailureLimiter = new AuthFailureLimiter(settings.authFailureLimit(), clock);
    }

    /**
     * Adds another merchant resource (beneficiaries, balances, ...): registered with the same authentication, rate
     * limit, body size limit and error mappers as the order endpoints. Call before {@link #registerWith}.
     */
    public MerchantRestApi addResource(Object resource) {
        moreResources.add(Objects.requireNonNull(resource, "resource"));
        return this;
    }

    public void registerWith(Environment environment) {
        ApiJson.configure(environment.getObjectMapper());
        JerseyEnvironment jersey = environment.jersey();
        environment.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        jersey.register(new RequestBodyLimitFilter(settings.maxRequestBytes()));
        jersey.register(new AuthDynamicFeature(ApiKeyAuthFilter.with(new ApiKeyAuthenticator(authenticate),
                new AuthFailureGuard(authFailureLimiter, environment.metrics()))));
        jersey.register(new AuthValueFactoryProvider.Binder<>(MerchantPrincipal.class));
        jersey.register(new RateLimitFilter(rateLimiter));
        jersey.register(new OrderResource(createOrder, getOrder, listOrders, payments));
        jersey.register(new FulfillmentResource(cancelFulfillment, environment.getObjectMapper()));
        jersey.register(new OrderCallbacksResource(listCallbacks));
        jersey.register(new CallbackResource(redeliver));
        jersey.register(new OpenApiResource());
        moreResources.forEach(jersey::register);
        jersey.register(new ApiErrorExceptionMapper());
        jersey.register(new DomainExceptionMapper());
        jersey.register(new NotFoundExceptionMapper());
        jersey.register(new ConflictExceptionMapper());
        jersey.register(new AdmissionRefusedExceptionMapper());
        jersey.register(new JsonProcessingExceptionMapper());
        jersey.register(new RequestBodyTooLargeExceptionMapper());
        jersey.register(new WebhookRejectedExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnexpectedExceptionMapper());
        environment.lifecycle().addEventListener(new JettyErrorsInEnvelope(environment.getObjectMapper()));
        environment.servlets().addServlet("unknown-path", new UnknownPathServlet(environment.getObjectMapper()))
                .addMapping("/*");
    }
}
