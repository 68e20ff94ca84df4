package fr.reperes.search;

import fr.reperes.ApiFuzzSupport;
import fr.reperes.HostileInput;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/search} under generated input: whatever is typed, pasted or forged into the address, the answer
 * is results (possibly none) or a French 400 — never a server error.
 */
class SearchApiFuzzTest extends ApiFuzzSupport {

    private static final List<String> CODES = Arrays.stream(RegimeCode.values()).map(Enum::name).toList();

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Results, or a French refusal; a search that answers has the documented shape. */
    private void assertResultsOrFrenchRefusal(String query, String replay) {
        Answer answer = get("/api/search?" + query);
        assertNoServerError(answer, replay + " : " + abbreviate(query));
        if (answer.status() == 200) {
            assertThat(answer.text()).as(replay).contains("\"total\"").contains("\"hits\"");
        }
    }

    @Test
    void hostileWordsAlwaysGiveResultsOrNone() {
        HostileInput in = new HostileInput(8_201);
        for (int i = 0; i < 300; i++) {
            String q = switch (in.nextInt(4)) {
                case 0 -> in.anyText();
                case 1 -> in.text(200) + " " + in.pick(List.of("juge", "dossier médical", "curatelle", "CMP"));
                case 2 -> in.pick(HostileInput.EDGE_CHARACTERS).repeat(1 + in.nextInt(300));
                default -> in.mutate("sortir du programme de soins \"juge\" (CMP) title:juge~2 AND NOT *");
            };
            Answer answer = get("/api/search?q=" + encode(q));
            if (encode(q).length() > 7_900) {
                // Longer than the address the server reads (8 KB): refused before the search, in French.
                assertRefusedInFrench(answer, in.replay(i) + " (adresse trop longue)");
            } else {
                assertThat(answer.status()).as("%s : « %s » → %s", in.replay(i), abbreviate(q), abbreviate(answer.text()))
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void invalidUtf8AndNulInTheAddressGiveResultsOrAFrenchRefusal() {
        HostileInput in = new HostileInput(8_202);
        List<String> escapes = List.of("%ED%A0%80", "%ED%BF%BF", "%C0%AF", "%C0%80", "%FF", "%FE%FF", "%E2%80", "%F4%90%80%80",
                "%00", "%0D%0A", "%E2%80%AE", "%EF%BB%BF", "%25", "%2525", "%26", "%3D", "%2B", "+", "%C3%A9");
        for (int i = 0; i < 200; i++) {
            StringBuilder q = new StringBuilder();
            for (int n = 1 + in.nextInt(6); n > 0; n--) {
                q.append(in.chance(0.6) ? in.pick(escapes) : encode(in.text(5)));
            }
            String parameter = in.pick(List.of("q", "regime", "preferred", "limit"));
            assertResultsOrFrenchRefusal(parameter + "=" + q, in.replay(i));
        }
    }

    @Test
    void unknownRegimesAndLimitsAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_203);
        for (int i = 0; i < 200; i++) {
            StringJoiner query = new StringJoiner("&");
            query.add("q=" + encode(in.pick(List.of("juge", "dossier", "", " "))));
            switch (in.nextInt(3)) {
                case 0 -> query.add("regime=" + encode(in.pick(CODES) + "," + in.anyText() + "X"));
                case 1 -> query.add("preferred=" + encode("X" + in.anyText()));
                default -> query.add("limit=" + encode(in.pick(List.of("0", "-1", "51", "1e3", "2147483648",
                        "99999999999999999999", "NaN", "0x10", "1.5", "dix", "1 0", "٣", in.anyText() + "x"))));
            }
            String replay = in.replay(i) + " : " + abbreviate(query.toString());
            Answer answer = get("/api/search?" + query);
            if (query.toString().contains("limit=%D9%A3")) {
                // "٣" is the Arabic-Indic digit three: Java reads it as 3, a harmless reading.
                assertNoServerError(answer, replay);
            } else {
                assertRefusedInFrench(answer, replay);
            }
        }
    }

    @Test
    void manyRegimesAndRepeatedParametersNeverBreakTheSearch() {
        HostileInput in = new HostileInput(8_204);
        for (int i = 0; i < 50; i++) {
            StringJoiner query = new StringJoiner("&");
            for (int n = in.nextInt(300); n > 0; n--) {
                query.add(in.pick(List.of("regime", "preferred", "q", "limit", "q[]", "regime[0]", "", "="))
                        + "=" + encode(in.pick(CODES).toLowerCase(java.util.Locale.ROOT)));
            }
            assertResultsOrFrenchRefusal(query.toString(), in.replay(i));
        }
    }

    @Test
    void aQueryAsLongAsTheAddressAllowsIsCutAndSearched() {
        for (int length : new int[]{1_000, 3_000, 7_000}) {
            Answer answer = get("/api/search?q=" + encode("juge ".repeat(length / 5)));
            assertThat(answer.status()).as("%d caractères", length).isEqualTo(200);
            assertThat(answer.text()).contains("\"truncated\":true");
        }
    }

    @Test
    void anAddressLongerThanTheServerAcceptsIsRefusedInFrench() {
        for (int length : new int[]{9_000, 20_000, 100_000}) {
            Answer answer = get("/api/search?q=" + "a".repeat(length));
            assertRefusedInFrench(answer, length + " caractères dans l'adresse");
        }
    }

    @Test
    void otherMethodsAreRefusedInFrench() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            assertRefusedInFrench(send(method, "/api/search?q=juge", "application/json", HostileInput.utf8("{}")),
                    "méthode " + method);
        }
    }
}
