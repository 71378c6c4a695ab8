package io.payout.adapters.rest.auth;

import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import io.payout.application.merchant.AuthenticateMerchantUseCase;
import java.util.Optional;

/** HTTP Basic as Juspay uses it: the username is the API key; the password is ignored (documented as empty). */
public class ApiKeyAuthenticator implements Authenticator<BasicCredentials, MerchantPrincipal> {
    private final AuthenticateMerchantUseCase authenticate;

    public ApiKeyAuthenticator(AuthenticateMerchantUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Optional<MerchantPrincipal> authenticate(BasicCredentials credentials) {
        return authenticate.authenticate(credentials.getUsername()).map(MerchantPrincipal::new);
    }
}
