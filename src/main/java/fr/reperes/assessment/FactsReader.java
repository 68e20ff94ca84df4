package fr.reperes.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the facts sent to the API strictly: an unknown field, a number where a yes/no or a date is expected, is an
 * error rather than a silent guess. A misspelt field read as "unknown" would give a lawyer's software a wrong
 * assessment without telling it; the application's general JSON settings stay lenient for everything else.
 */
@Component
class FactsReader {

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultLeniency(false)
            .build();

    Facts read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Le corps de la requête doit être un objet JSON, par exemple {\"careBasis\": \"CONSENT\"}.");
        }
        return strict.treeToValue(body, Facts.class);
    }
}
