package fr.reperes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole app, in Paris time: deadlines and review dates are French legal dates. */
@Configuration
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }
}
