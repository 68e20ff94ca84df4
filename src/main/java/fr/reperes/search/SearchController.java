package fr.reperes.search;

import fr.reperes.core.RegimeCode;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/search?q=…&regime=…&preferred=…&limit=…}: {@code regime} filters (several values
 * or comma-separated), {@code preferred} ranks the pages about the user's regimes first. Malformed parameters
 * get a 400 with a French message; the words searched are neither stored nor logged, and the answer is not
 * cached (the words are in the address).
 */
@RestController
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    record HitJson(String slug, String title, String snippet, float score, String type, String url) {

        static HitJson of(SearchHit hit) {
            return new HitJson(hit.slug(), hit.title(), hit.snippet(), hit.score(), hit.type().code(), hit.url());
        }
    }

    record ResultsJson(int total, List<HitJson> hits, Map<String, Integer> regimeCounts, boolean truncated,
                       boolean approximate) {

        static ResultsJson of(SearchResults results) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            results.regimeCounts().forEach((regime, count) -> counts.put(regime.name(), count));
            return new ResultsJson(results.total(), results.hits().stream().map(HitJson::of).toList(), counts,
                    results.truncated(), results.approximate());
        }
    }

    /** Thrown for a malformed parameter; the message is for the caller, in French. */
    static final class BadParameter extends RuntimeException {

        private final Map<String, Object> body;

        BadParameter(Map<String, Object> body) {
            super(String.valueOf(body.get("erreur")), null, false, false);
            this.body = body;
        }
    }

    @GetMapping("/api/search")
    ResponseEntity<?> search(@RequestParam(name = "q", required = false) String q,
                             @RequestParam(name = "regime", required = false) List<String> regime,
                             @RequestParam(name = "preferred", required = false) List<String> preferred,
                             @RequestParam(name = "limit", required = false) String limit) {
        try {
            SearchRequest request = new SearchRequest(q, regimes("regime", regime), regimes("preferred", preferred),
                    limit(limit));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(ResultsJson.of(search.search(request)));
        } catch (BadParameter bad) {
            return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).body(bad.body);
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return SearchRequest.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= SearchRequest.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below, like an out-of-range number
        }
        throw new BadParameter(Map.of("erreur", "Le paramètre « limit » doit être un nombre entier entre 1 et "
                + SearchRequest.MAX_LIMIT + " (reçu : « " + shorten(value) + " »)."));
    }

    private static Set<RegimeCode> regimes(String parameter, List<String> values) {
        Set<RegimeCode> regimes = EnumSet.noneOf(RegimeCode.class);
        if (values == null) {
            return regimes;
        }
        for (String code : values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList()) {
            String normalised = code.toUpperCase(Locale.ROOT);
            if (!RegimeCode.isKnown(normalised)) {
                List<String> accepted = Arrays.stream(RegimeCode.values()).map(Enum::name).toList();
                throw new BadParameter(Map.of(
                        "erreur", "Code de régime inconnu dans « " + parameter + " » : « " + shorten(code)
                                + " ». Codes acceptés : " + String.join(", ", accepted) + ".",
                        "codesAcceptes", accepted));
            }
            regimes.add(RegimeCode.valueOf(normalised));
        }
        return regimes;
    }

    /** Enough of the value to recognise it, never a whole pasted text in an error message. */
    private static String shorten(String value) {
        String visible = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.codePointCount(0, visible.length()) <= 30 ? visible
                : visible.substring(0, visible.offsetByCodePoints(0, 30)) + "…";
    }
}
