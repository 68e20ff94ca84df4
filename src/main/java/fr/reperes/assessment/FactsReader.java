package fr.reperes.assessment;

import fr.reperes.core.Facts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the facts sent to the API strictly: an unknown field, a number where a yes/no, a date or a code is expected,
 * a date outside 1900–2100, is an error rather than a silent guess. A misspelt field read as "unknown" would give a
 * lawyer's software a wrong assessment without telling it; the application's general JSON settings stay lenient
 * for everything else.
 */
@Component
class FactsReader {

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // {"restraint": 1} would otherwise be read as the second value, ISOLATION: a guess, and a wrong one.
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .defaultLeniency(false)
            .build();

    Facts read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Le corps de la requête doit être un objet JSON, par exemple {\"careBasis\": \"CONSENT\"}.");
        }
        Facts facts = strict.treeToValue(body, Facts.class);
        facts.implausibleDateField().ifPresent(field -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Le champ « " + field + " » a une date "
                    + "invraisemblable : une date entre " + Facts.EARLIEST_DATE.getYear() + " et "
                    + Facts.LATEST_DATE.getYear() + " est attendue, au format AAAA-MM-JJ (par exemple 2026-03-14).");
        });
        facts.eventsProblem().ifPresent(problem -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
        });
        return facts;
    }
}
