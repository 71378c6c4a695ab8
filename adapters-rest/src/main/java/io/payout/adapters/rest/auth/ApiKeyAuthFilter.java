package io.payout.adapters.rest.auth;

import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.basic.BasicCredentials;
import io.payout.adapters.rest.error.ApiErrorException;
import io.payout.adapters.rest.error.ErrorCode;
import io.payout.adapters.rest.limit.AuthFailureGuard;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates every {@code @Auth} resource method by the API key in HTTP Basic's username: none or blank is
 * 401 E04, a key that does not work is 401 E02, and an {@code x-merchantid} header naming another merchant than
 * the key's is 403 E08. The key is never logged. Before any of that, a client over the failed-authentication limit
 * is refused with 429 E10 ({@link AuthFailureGuard}); each 401 E02 counts against its client.
 */
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyAuthFilter extends AuthFilter<BasicCredentials, MerchantPrincipal> {
    public static final String MERCHANT_ID_HEADER = "x-merchantid";
    private static final String BASIC = "basic ";
    private AuthFailureGuard guard;
    @Context
    private HttpServletRequest servletRequest;

    private ApiKeyAuthFilter() {
    }

    public static ApiKeyAuthFilter with(ApiKeyAuthenticator authenticator, AuthFailureGuard guard) {
        ApiKeyAuthFilter filter = new Builder().setAuthenticator(authenticator).setPrefix("Basic").setRealm("payout")
                .buildAuthFilter();
        filter.guard = Objects.requireNonNull(guard, "guard");
        return filter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String client = guard.client(servletRequest);
        Optional<Response> refusal = guard.refusal(client);
        if (refusal.isPresent()) {
            request.abortWith(refusal.get());
            return;
        }
        try {
            authenticateKey(request);
        } catch (ApiErrorException refused) {
            if (refused.code() == ErrorCode.E02) {
                guard.failed(client);
            }
            throw refused;
        }
    }

    private void authenticateKey(ContainerRequestContext request) {
        BasicCredentials credentials = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (!authenticate(request, credentials, SecurityContext.BASIC_AUTH)) {
            throw new ApiErrorException(401, ErrorCode.E02, "invalid API key");
        }
        MerchantPrincipal merchant = (MerchantPrincipal) request.getSecurityContext().getUserPrincipal();
        String claimed = request.getHeaderString(MERCHANT_ID_HEADER);
        if (claimed != null && !claimed.equals(merchant.merchantId().value())) {
            throw new ApiErrorException(403, ErrorCode.E08, MERCHANT_ID_HEADER + " does not match the API key's merchant");
        }
    }

    private static BasicCredentials credentials(String header) {
        if (header == null || header.isBlank() || !header.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
            throw missingKey();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiErrorException(401, ErrorCode.E02, "invalid API key: Authorization is not valid HTTP Basic");
        }
        int colon = decoded.indexOf(':');
        String apiKey = colon < 0 ? decoded : decoded.substring(0, colon);
        if (apiKey.isBlank()) {
            throw missingKey();
        }
        return new BasicCredentials(apiKey, colon < 0 ? "" : decoded.substring(colon + 1));
    }

    private static ApiErrorException missingKey() {
        return new ApiErrorException(401, ErrorCode.E04,
                "API key missing: send it as the HTTP Basic username (Authorization: Basic base64(KEY:))");
    }

    private static final class Builder extends AuthFilterBuilder<BasicCredentials, MerchantPrincipal, ApiKeyAuthFilter> {
        @Override
        protected ApiKeyAuthFilter newInstance() {
            return new ApiKeyAuthFilter();
        }
    }
}
