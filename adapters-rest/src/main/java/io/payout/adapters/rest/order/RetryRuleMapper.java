package io.payout.adapters.rest.order;

import io.payout.domain.InvalidInputException;
import io.payout.domain.Text;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryRule;
import java.util.ArrayList;
import java.util.List;

/** {@code retryAttemptPolicy.rules}, each rule checked field by field (see {@link CreateOrderRequest.RetryAttemptPolicy}). */
final class RetryRuleMapper {
    static final int MAX_RULES = 20;
    static final int MAX_CODES = 100;
    static final int MAX_CODE_LENGTH = 64;

    List<RetryRule> toRules(String field, List<CreateOrderRequest.RetryRule> requested) {
        if (requested.size() > MAX_RULES) {
            throw new InvalidInputException(field, "must contain at most " + MAX_RULES + " rules");
        }
        List<RetryRule> rules = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            rules.add(rule(field + "[" + i + "]", requested.get(i)));
        }
        return rules;
    }

    private static RetryRule rule(String field, CreateOrderRequest.RetryRule request) {
        if (request == null) {
            throw new InvalidInputException(field, "must be an object");
        }
        List<String> codes = codes(field + ".responseCodes", request.responseCodes());
        List<FailureCategory> categories = categories(field + ".categories", request.categories());
        if (codes.isEmpty() && categories.isEmpty()) {
            throw new InvalidInputException(field, "must name at least one of responseCodes or categories");
        }
        RetryAction action = EnumField.parse(field + ".action", request.action(), RetryAction.class);
        return InvalidInputException.at(field, () -> new RetryRule(codes, categories, action));
    }

    private static List<String> codes(String field, List<String> requested) {
        if (requested != null && requested.size() > MAX_CODES) {
            throw new InvalidInputException(field, "must contain at most " + MAX_CODES + " codes");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; requested != null && i < requested.size(); i++) {
            String code = requested.get(i);
            codes.add(InvalidInputException.at(field + "[" + i + "]", () -> Text.required(code, MAX_CODE_LENGTH)));
        }
        return codes;
    }

    private static List<FailureCategory> categories(String field, List<String> requested) {
        List<FailureCategory> categories = new ArrayList<>();
        for (int i = 0; requested != null && i < requested.size(); i++) {
            categories.add(EnumField.parse(field + "[" + i + "]", requested.get(i), FailureCategory.class));
        }
        return categories;
    }
}
