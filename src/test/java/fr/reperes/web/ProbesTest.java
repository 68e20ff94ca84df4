package fr.reperes.web;

import fr.reperes.ApiFuzzSupport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a load balancer or an orchestrator asks: is the instance alive, is it ready to take visitors. */
class ProbesTest extends ApiFuzzSupport {

    @Test
    void healthReadinessAndLivenessAnswerUpWithoutDetails() {
        for (String probe : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
            Answer answer = get(probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.text()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components")
                    .doesNotContain("diskSpace");
        }
    }
}
