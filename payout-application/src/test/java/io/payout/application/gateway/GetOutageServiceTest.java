package io.payout.application.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.MethodId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetOutageServiceTest {
    @Test
    void theOutagesAreTheGatewaysAsTheyStandAtEachCall() {
        List<MethodOutage> now = new ArrayList<>();
        GetOutageService service = new GetOutageService(() -> now);
        assertThat(service.gatewayOutages()).isEmpty();

        now.add(new MethodOutage(new MethodId("DUMMY_IMPS"), OutageStatus.DOWN));
        now.add(new MethodOutage(new MethodId("OTHER_NEFT"), OutageStatus.FLUCTUATE));

        assertThat(service.gatewayOutages()).containsExactly(
                new MethodOutage(new MethodId("DUMMY_IMPS"), OutageStatus.DOWN),
                new MethodOutage(new MethodId("OTHER_NEFT"), OutageStatus.FLUCTUATE));
    }
}
