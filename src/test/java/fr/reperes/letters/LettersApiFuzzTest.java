package fr.reperes.letters;

import fr.reperes.ApiFuzzSupport;
import fr.reperes.HostileInput;
import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/letters/{id}?format=…} and {@code GET /api/letters/{id}} under generated input: whatever the
 * values typed, a letter is either produced in the format asked or refused in French field by field — never a
 * server error, never a broken file.
 */
class LettersApiFuzzTest extends ApiFuzzSupport {

    private static final LetterService LETTERS = TestLetters.service();
    private static final List<String> FORMATS = List.of("pdf", "docx", "txt");

    /** Sample values a careful user would type, as JSON string fields (to be damaged by the cases). */
    private static Map<String, String> sample(Letter letter, HostileInput in) {
        Signatory signatory = in.pick(letter.signatories()).signatory();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        TestLetters.sample(letter, signatory).forEach((id, value) ->
                fields.put(id, "\"" + HostileInput.escape(value) + "\""));
        return fields;
    }

    private static String json(Map<String, String> fields) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        fields.forEach((name, value) -> json.add("\"" + HostileInput.escape(name) + "\":" + value));
        return json.toString();
    }

    /** Produced in the format asked (a real PDF, DOCX or text), or refused in French. */
    private static void assertDocumentOrFrenchRefusal(Answer answer, String format, String replay) {
        assertNoServerError(answer, replay);
        if (answer.status() == 200) {
            byte[] body = answer.body();
            switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "docx" -> assertThat(new String(body, 0, 2, StandardCharsets.ISO_8859_1)).as(replay).isEqualTo("PK");
                case "txt" -> assertThat(answer.header("Content-Type")).as(replay).startsWith("text/plain");
                default -> assertThat(new String(body, 0, 5, StandardCharsets.ISO_8859_1)).as(replay).isEqualTo("%PDF-");
            }
        }
    }

    @Test
    void hostileValuesInTheFieldsGiveADocumentOrAFrenchRefusal() {
        HostileInput in = new HostileInput(8_101);
        List<Letter> letters = LETTERS.letters();
        for (int i = 0; i < 150; i++) {
            Letter letter = in.pick(letters);
            Map<String, String> fields = sample(letter, in);
            List<String> ids = new ArrayList<>(fields.keySet());
            for (int n = 1 + in.nextInt(3); n > 0; n--) {
                String id = in.pick(ids);
                fields.put(id, switch (in.nextInt(4)) {
                    case 0 -> "\"" + HostileInput.escape(in.anyText()) + "\"";
                    case 1 -> in.jsonString();
                    case 2 -> in.jsonValue();
                    default -> "\"" + HostileInput.escape(in.pick(HostileInput.BAD_DATES)) + "\"";
                });
            }
            if (in.chance(0.1)) {
                fields.put(in.text(10) + "_inconnu", in.jsonValue());
            }
            String format = in.pick(FORMATS);
            String replay = in.replay(i) + " (" + letter.id() + ", " + format + ")";
            assertDocumentOrFrenchRefusal(postJson("/api/letters/" + letter.id() + "?format=" + format, json(fields)),
                    format, replay);
        }
    }

    @Test
    void rightToLeftZeroWidthAndEmojiInEveryFieldStillGiveADocument() {
        HostileInput in = new HostileInput(8_102);
        for (int i = 0; i < 30; i++) {
            Letter letter = in.pick(LETTERS.letters());
            Map<String, String> fields = sample(letter, in);
            // Text fields only, and short enough: what a real person with such a name or script would type.
            for (LetterField field : letter.fields()) {
                if (fields.containsKey(field.id()) && field.type() == FieldType.TEXT && field.pattern() == null) {
                    fields.put(field.id(), "\"" + in.pick(List.of("مريم", "שלום", "Zoë\u200B", "😀", "e\u0301",
                            "\\uD800x", "\\u0000y", "\\u202Eabc")) + " " + HostileInput.escape(TestLetters.sampleValue(field)) + "\"");
                }
            }
            String format = in.pick(FORMATS);
            Answer answer = postJson("/api/letters/" + letter.id() + "?format=" + format, json(fields));
            String replay = in.replay(i) + " (" + letter.id() + ", " + format + ")";
            assertThat(answer.status()).as("%s : %s", replay, abbreviate(answer.text())).isEqualTo(200);
            assertDocumentOrFrenchRefusal(answer, format, replay);
        }
    }

    @Test
    void brokenJsonAndBodiesThatAreNotAnObjectAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_103);
        List<Letter> letters = LETTERS.letters();
        for (int i = 0; i < 200; i++) {
            Letter letter = in.pick(letters);
            String body = switch (in.nextInt(4)) {
                case 0, 1 -> in.mutate(json(sample(letter, in)));
                case 2 -> in.jsonValue();
                default -> new String(in.bytes(500), StandardCharsets.ISO_8859_1);
            };
            String format = in.pick(FORMATS);
            assertDocumentOrFrenchRefusal(postJson("/api/letters/" + letter.id() + "?format=" + format, body), format,
                    in.replay(i) + " : " + abbreviate(body));
        }
    }

    @Test
    void deepNestingAndHugeBodiesAreRefusedInFrench() {
        for (int depth : new int[]{1_000, 10_000, 30_000}) {
            assertRefusedInFrench(postJson("/api/letters/saisine-cglpl?format=pdf", HostileInput.deeplyNested(depth, false)),
                    "profondeur " + depth);
            assertRefusedInFrench(postJson("/api/letters/saisine-cglpl?format=pdf",
                    "{\"nom\":" + HostileInput.deeplyNested(depth, true) + "}"), "profondeur " + depth + " dans nom");
        }
        Answer huge = postJson("/api/letters/saisine-cglpl?format=pdf", "{\"motifs\":\"" + "a".repeat(300_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertRefusedInFrench(huge, "300 Ko");
        Answer justUnder = postJson("/api/letters/saisine-cglpl?format=docx", "{\"motifs\":\"" + "é ".repeat(21_000) + "\"}");
        assertRefusedInFrench(justUnder, "60 Ko");
        assertThat(justUnder.text()).contains("champs").contains("motifs");
    }

    @Test
    void unknownLettersAndFormatsAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_104);
        for (int i = 0; i < 100; i++) {
            String id = URLEncoder.encode(in.anyText(), StandardCharsets.UTF_8);
            String format = URLEncoder.encode(in.chance(0.5) ? in.text(8) : in.pick(List.of("PDF", " pdf", "doc", "odt", "html",
                    "pdf,docx", "")), StandardCharsets.UTF_8);
            String letter = in.chance(0.5) ? LetterId.SAISINE_CGLPL.id() : id;
            assertNoServerError(postJson("/api/letters/" + letter + "?format=" + format, "{}"),
                    in.replay(i) + " (" + abbreviate("/api/letters/" + letter + "?format=" + format) + ")");
            if (!id.isEmpty()) {
                assertNoServerError(get("/api/letters/" + id), in.replay(i) + " (fiche de la lettre " + abbreviate(id) + ")");
            }
        }
        assertRefusedInFrench(postJson("/api/letters/hospitalisation-d-office?format=pdf", "{}"), "lettre inconnue");
        assertRefusedInFrench(postJson("/api/letters/saisine-cglpl?format=exe", "{}"), "format inconnu");
        assertRefusedInFrench(send("DELETE", "/api/letters/saisine-cglpl", null, null), "DELETE");
        assertRefusedInFrench(send("PUT", "/api/letters", "application/json", HostileInput.utf8("[]")), "PUT sur le catalogue");
    }
}
