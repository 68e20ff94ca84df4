package fr.reperes.letters;

import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/letters} (the catalogue) and {@code POST /api/letters/{id}?format=pdf|docx|txt} (field values →
 * document), for associations' and lawyers' tools. Fields left out take the letter's defaults. Bad input gets a 400
 * with a French message, per field where it applies. Nothing received is stored or logged.
 */
@RestController
@RequestMapping("/api/letters")
class LettersController {

    static final String NOT_TEXT = "Valeur attendue : du texte (entre guillemets).";
    static final String UNKNOWN_FIELD = "Ce champ n'existe pas pour cette lettre.";

    private final LetterService letters;
    private final ObjectMapper json;

    LettersController(LetterService letters, ObjectMapper json) {
        this.letters = letters;
        this.json = json;
    }

    record OptionJson(String value, String label) {
    }

    record ConditionJson(String field, List<String> values) {
    }

    record FieldJson(String id, String label, String type, boolean required, String help, String group,
                     List<OptionJson> options, ConditionJson when, int maxLength, boolean notFuture) {

        static FieldJson of(LetterField field) {
            return new FieldJson(field.id(), field.label(), field.type().id(), field.required(), field.help(),
                    field.group(), field.options().stream().map(o -> new OptionJson(o.value(), o.label())).toList(),
                    field.when() == null ? null : new ConditionJson(field.when().field(),
                            field.when().values().stream().sorted().toList()),
                    field.maxLength(), field.notFuture());
        }
    }

    record SignatoryJson(String code, String label) {
    }

    record LetterJson(String id, String title, String description, String family, List<String> regimes,
                      List<SignatoryJson> signatories, List<String> legal, String reviewed, List<FieldJson> fields) {

        static LetterJson of(Letter letter) {
            return new LetterJson(letter.id().id(), letter.title(), letter.description(), letter.family(),
                    letter.regimes().stream().map(Enum::name).sorted().toList(),
                    letter.signatories().stream().map(s -> new SignatoryJson(s.signatory().name(), s.label())).toList(),
                    letter.legal().stream().map(Object::toString).toList(), letter.reviewed().toString(),
                    letter.fields().stream().map(FieldJson::of).toList());
        }
    }

    @GetMapping
    List<LetterJson> catalogue() {
        return letters.letters().stream().map(LetterJson::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<?> letter(@PathVariable String id) {
        return LetterId.byId(id).flatMap(letters::letter).<ResponseEntity<?>>map(letter -> ResponseEntity.ok(LetterJson.of(letter)))
                .orElseGet(LettersController::notFound);
    }

    @PostMapping(path = "/{id}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> render(@PathVariable String id, @RequestParam(name = "format", required = false) String format,
                             @RequestBody(required = false) byte[] body) {
        Letter letter = LetterId.byId(id).flatMap(letters::letter).orElse(null);
        if (letter == null) {
            return notFound();
        }
        LetterId letterId = letter.id();
        ExportFormat exportFormat = ExportFormat.byId(format == null ? "pdf" : format).orElse(null);
        if (exportFormat == null) {
            return badRequest("Format inconnu : choisissez format=pdf, format=docx ou format=txt.", null);
        }
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : json.readTree(body);
        } catch (JacksonException e) {
            return badRequest("JSON mal formé : vérifiez les guillemets, les virgules et les accolades.", null);
        }
        if (root == null || !root.isObject()) {
            return badRequest("Le corps de la requête doit être un objet JSON : {\"nom\": \"…\", \"prenom\": \"…\"}.", null);
        }
        // Fields left out take the letter's defaults (today's date, the usual choices), as in the form.
        Map<String, String> values = new LinkedHashMap<>(letters.prefill(letterId, Facts.unknown()));
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode value = entry.getValue();
            if (letter.field(entry.getKey()).isEmpty()) {
                errors.put(entry.getKey(), UNKNOWN_FIELD);
            } else if (value.isString() || value.isNumber()) {
                values.put(entry.getKey(), value.asString());
            } else if (!value.isNull()) {
                errors.put(entry.getKey(), NOT_TEXT);
            }
        }
        letters.validate(letterId, values).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            return badRequest("Certains champs sont à corriger.", errors);
        }
        LetterDocument document = letters.export(letters.compose(letterId, values), exportFormat);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(document.bytes());
    }

    private static ResponseEntity<?> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("erreur", "Lettre introuvable : aucune lettre ne porte ce nom. La liste est sur GET /api/letters."));
    }

    private static ResponseEntity<?> badRequest(String message, Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("erreur", message);
        if (fields != null) {
            body.put("champs", fields);
        }
        return ResponseEntity.badRequest().body(body);
    }
}
