package fr.reperes.interview;

import fr.reperes.core.Facts;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The answers file the user takes away and loads again later, e.g. on an association's computer. It is made and
 * read in memory only. A checksum over the answers detects a file edited by hand or damaged: such a file is
 * refused with a French message and changes nothing. Date questions answered "Non, pas encore" are listed under
 * {@code notYet}; a file written before that list existed has none and still loads (those answers read as
 * "Je ne sais pas", as they did then).
 */
@Service
public class AnswersFile {

    static final String FORMAT = "reperes-reponses";
    static final int VERSION = 1;
    public static final int MAX_BYTES = 64 * 1024;

    private final JsonMapper json;
    private final Questions questions;
    private final FactsCodec codec;
    private final AnswersFileWording words;

    public AnswersFile(JsonMapper json, Questions questions, FactsCodec codec, AnswersFileWording words) {
        this.words = words;
        this.json = json;
        this.questions = questions;
        this.codec = codec;
    }

    /** What was read from a file: the answers, or a French error. */
    public sealed interface Loaded permits Loaded.Ok, Loaded.Refused {
        /** {@code notYet}: the date questions answered "Non, pas encore" (a subset of {@code answered}). */
        record Ok(Facts facts, List<String> answered, List<String> notYet) implements Loaded {
            public Ok(Facts facts, List<String> answered) {
                this(facts, answered, List.of());
            }
        }

        record Refused(String message) implements Loaded {
        }
    }

    public byte[] write(Facts facts, java.util.Collection<String> answered) {
        return write(facts, answered, List.of());
    }

    /** {@code notYet}: the date questions answered "Non, pas encore", kept so that they reload as given. */
    public byte[] write(Facts facts, java.util.Collection<String> answered, java.util.Collection<String> notYet) {
        ObjectNode answers = json.createObjectNode();
        answers.set("facts", json.valueToTree(facts));
        answers.set("answered", json.valueToTree(List.copyOf(answered)));
        List<String> kept = notYet.stream().filter(answered::contains).toList();
        if (!kept.isEmpty()) {
            // Only when there is one: a file without "Non, pas encore" is byte for byte what older versions wrote.
            answers.set("notYet", json.valueToTree(kept));
        }
        ObjectNode file = json.createObjectNode();
        file.put("format", FORMAT);
        file.put("version", VERSION);
        file.put("avertissement", "Ce fichier contient des informations sensibles sur votre santé et votre "
                + "situation juridique. Gardez-le en lieu sûr.");
        file.set("reponses", answers);
        file.put("controle", checksum(answers));
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    }

    public String fileName(LocalDate today) {
        return "reperes-reponses-" + today + ".json";
    }

    /** The words of the panel that saves and loads the file ({@code content/interview/fichier-reponses.yml}). */
    public AnswersFileWording wording() {
        return words;
    }

    public Loaded read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Loaded.Refused(words.text("refus.vide"));
        }
        if (bytes.length > MAX_BYTES) {
            return new Loaded.Refused(words.text("refus.trop-gros"));
        }
        JsonNode file;
        try {
            file = json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return new Loaded.Refused(words.text("refus.illisible"));
        }
        if (file == null || !file.isObject() || !FORMAT.equals(file.path("format").asString(""))) {
            return new Loaded.Refused(words.text("refus.autre-format"));
        }
        if (file.path("version").asInt(-1) != VERSION) {
            return new Loaded.Refused(words.text("refus.autre-version"));
        }
        JsonNode answers = file.get("reponses");
        if (answers == null || !answers.isObject() || !checksum(answers).equals(file.path("controle").asString(""))) {
            return new Loaded.Refused(words.text("refus.modifie"));
        }
        try {
            Facts facts = json.treeToValue(answers.get("facts"), Facts.class);
            List<String> answered = new ArrayList<>();
            for (JsonNode id : answers.path("answered")) {
                if (questions.byId(id.asString("")).isEmpty()) {
                    return new Loaded.Refused(words.text("refus.question-inconnue"));
                }
                answered.add(id.asString());
            }
            List<String> notYet = new ArrayList<>();
            for (JsonNode id : answers.path("notYet")) {
                Optional<Question> question = questions.byId(id.asString(""));
                if (question.isEmpty() || question.get().kind() != Question.Kind.DATE
                        || !answered.contains(id.asString())) {
                    return new Loaded.Refused(words.text("refus.pas-une-date"));
                }
                notYet.add(id.asString());
            }
            if (facts != null && facts.implausibleDateField().isPresent()) {
                return new Loaded.Refused(words.text("refus.date-invraisemblable"));
            }
            if (facts != null && facts.eventsProblem().isPresent()) {
                return new Loaded.Refused(words.text("refus.ordre-des-dates",
                        java.util.Map.of("probleme", facts.eventsProblem().get())));
            }
            Facts read = facts == null ? Facts.unknown() : facts;
            // "Non, pas encore" leaves the date empty: a date present wins, as it would on the question's page.
            notYet.removeIf(id -> !codec.read(read, id).isEmpty());
            return new Loaded.Ok(read, answered, List.copyOf(notYet));
        } catch (JacksonException | IllegalArgumentException e) {
            return new Loaded.Refused(words.text("refus.non-reconnu"));
        }
    }

    String checksum(JsonNode answers) {
        try {
            byte[] canonical = json.writeValueAsBytes(answers);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        }
    }
}
