package fr.reperes.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FrenchErrorReportValve} in place of Tomcat's English error page (the one Spring Boot installs without
 * server information). Runs after Spring Boot's own Tomcat settings, so that its valve is there to be replaced.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TomcatErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        // On the engine too: an address Tomcat cannot map to the site (a "/.." above the root, say) never reaches
        // the host's valve.
        factory.addEngineValves(french());
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(french());
                // Otherwise the host adds a stock ErrorReportValve of its own when it starts.
                host.setErrorReportValveClass(FrenchErrorReportValve.class.getName());
            }
        });
    }

    private static FrenchErrorReportValve french() {
        FrenchErrorReportValve valve = new FrenchErrorReportValve();
        valve.setShowReport(false);
        valve.setShowServerInfo(false);
        return valve;
    }
}
