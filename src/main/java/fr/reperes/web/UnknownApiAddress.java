package fr.reperes.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import java.util.Map;

/**
 * Any address under {@code /api/} that no controller knows: a French 404. Without it, a mistyped API address fell
 * through to the Vaadin application and answered 200 with an HTML page, which a lawyer's software would take for a
 * success. Consulted after the controllers' mapping, so that a known address with the wrong method or content type
 * still gets its 405 or 415, and before Vaadin's catch-all mapping.
 */
@Configuration
class UnknownApiAddress {

    static final String MESSAGE = "Adresse inconnue dans l'API. Adresses existantes : GET /api/pages, "
            + "GET /api/pages/{fiche}, GET /api/search?q=…, GET /api/letters, POST /api/letters/{lettre}?format=pdf|docx|txt, "
            + "POST /api/assessment.";

    @Bean
    SimpleUrlHandlerMapping unknownApiAddresses() {
        HttpRequestHandler notFound = (request, response) -> ApiLimitsFilter.refuse(response, 404, MESSAGE);
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }
}
