package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {
    private static final CustomerId ID = new CustomerId("cust-1");

    @Test
    void phoneAndEmailAreOptional() {
        Customer customer = new Customer(ID, null, null);

        assertThat(customer.id()).isEqualTo(ID);
        assertThat(customer.phone()).isNull();
        assertThat(customer.email()).isNull();
    }

    @Test
    void idIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Customer(null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "+919876543210", "123456", "123456789012345", "+123456789012345"})
    void phoneOfSixToFifteenDigitsOptionallyAfterPlusIsAccepted(String phone) {
        assertThat(new Customer(ID, phone, null).phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567890123456", "98765 43210", "98765-43210", "++919876543210",
            "91+9876543210", "phone", "9876543210\n"})
    void phoneOfAnotherShapeIsRefused(String phone) {
        refusedOn("customerPhone", () -> new Customer(ID, phone, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"asha@example.com", "a.b+tag@mail.example.co.in", "a@b"})
    void emailOfLocalPartAtDomainIsAccepted(String email) {
        assertThat(new Customer(ID, null, email).email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "asha", "asha@", "@example.com", "asha@@example.com", "a@b@c", "asha @example.com",
            "asha@exa mple.com", "asha@example.com\n"})
    void emailOfAnotherShapeIsRefused(String email) {
        refusedOn("customerEmail", () -> new Customer(ID, null, email));
    }

    @Test
    void emailWithTooLongLocalPartIsRefused() {
        refusedOn("customerEmail", () -> new Customer(ID, null, "a".repeat(65) + "@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"as\u0000ha@example.com", "asha@exam\u001bple.com", "asha\u007f@example.com"})
    void emailWithAControlCharacterIsRefused(String email) {
        refusedOn("customerEmail", () -> new Customer(ID, null, email));
    }

    @Test
    void phoneIsCheckedBeforeEmail() {
        refusedOn("customerPhone", () -> new Customer(ID, "bad", "bad"));
    }
}
