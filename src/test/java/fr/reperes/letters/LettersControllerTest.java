package fr.reperes.letters;

import fr.reperes.core.LetterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The letters API as an association's or a lawyer's tool uses it: catalogue, documents, French errors. */
@SpringBootTest
class LettersControllerTest {

    private static final String VALID = """
            {"prenom": "Camille", "nom": "Durand", "date_naissance": "1985-03-12", "adresse": "12 rue des Lilas",
             "code_postal": "69003", "ville": "Lyon", "mesure_protection": "aucune", "signataire": "PERSON",
             "destinataire_nom": "Madame, Monsieur le Directeur", "destinataire_adresse": "95 boulevard Pinel",
             "destinataire_code_postal": 69500, "destinataire_ville": "Bron", "date_lettre": "2026-11-22",
             "mode_envoi": "recommande", "prepare_par": "association", "etablissement": "centre hospitalier Saint-Jean",
             "etendue": "tout", "mode_acces": "copie_courrier"}""";

    @Autowired
    WebApplicationContext context;
    MockMvc api;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void theCatalogueListsEveryLetterWithItsFieldsRegimesAndSignatories() throws Exception {
        api.perform(get("/api/letters"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(LetterId.values().length)))
                .andExpect(jsonPath("$[*].id", hasItem(LetterId.ACCES_DOSSIER_MEDICAL.id())))
                .andExpect(jsonPath("$[?(@.id == 'saisine-juge-mainlevee')].signatories[*].code", hasItem("RELATIVE")))
                .andExpect(jsonPath("$[?(@.id == 'saisine-juge-mainlevee')].regimes[*]", hasItem("PROGRAMME_DE_SOINS")))
                .andExpect(jsonPath("$[?(@.id == 'acces-dossier-medical')].fields[?(@.id == 'medecin')].when.field",
                        hasItem("mode_acces")))
                .andExpect(jsonPath("$[0].fields[0].id").value("signataire"));
    }

    @Test
    void validValuesGiveAPdfWithAMeaningfulNameThatIsNotCached() throws Exception {
        MvcResult result = api.perform(post("/api/letters/acces-dossier-medical?format=pdf")
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        containsString("attachment; filename=\"2026-11-22-demande-dossier-medical.pdf\"")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(TestLetters.pdfText(pdf)).contains("Camille Durand").contains("L.1111-7");
    }

    @Test
    void docxAndTextAreOfferedToo() throws Exception {
        byte[] docx = api.perform(post("/api/letters/acces-dossier-medical").param("format", "docx")
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("wordprocessingml")))
                .andExpect(header().string("Content-Disposition", containsString("2026-11-22-demande-dossier-medical.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(TestLetters.docxText(docx)).contains("centre hospitalier Saint-Jean");
        String text = api.perform(post("/api/letters/acces-dossier-medical?format=txt")
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/plain")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Objet").contains("COMMENT ENVOYER VOTRE LETTRE");
    }

    @Test
    void fieldsLeftOutTakeTheLettersDefaults() throws Exception {
        String minimal = """
                {"prenom": "Camille", "nom": "Durand", "adresse": "12 rue des Lilas", "code_postal": "69003",
                 "ville": "Lyon", "destinataire_adresse": "95 boulevard Pinel", "destinataire_code_postal": "69500",
                 "destinataire_ville": "Bron", "etablissement": "centre hospitalier Saint-Jean", "faits": "Isolement sans explication."}""";
        String text = api.perform(post("/api/letters/saisine-cglpl?format=txt").contentType(MediaType.APPLICATION_JSON).content(minimal))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Contrôleur général des lieux de privation de liberté").contains("Isolement sans explication.");
    }

    @Test
    void anUnknownLetterIsA404InFrench() throws Exception {
        api.perform(post("/api/letters/hospitalisation-d-office?format=pdf").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur", containsString("Lettre introuvable")));
        api.perform(get("/api/letters/hospitalisation-d-office")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownFormatIsA400InFrench() throws Exception {
        api.perform(post("/api/letters/acces-dossier-medical?format=odt").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur", containsString("Format inconnu")));
    }

    @Test
    void malformedOrMissingJsonIsA400InFrenchNeverA500() throws Exception {
        api.perform(post("/api/letters/acces-dossier-medical").contentType(MediaType.APPLICATION_JSON).content("{\"nom\": \"Durand\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur", containsString("JSON mal formé")));
        api.perform(post("/api/letters/acces-dossier-medical").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur", containsString("objet JSON")));
        api.perform(post("/api/letters/acces-dossier-medical"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur", containsString("objet JSON")));
        api.perform(post("/api/letters/acces-dossier-medical").contentType(MediaType.TEXT_PLAIN).content("nom=Durand"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur", containsString("JSON mal formé")));
    }

    @Test
    void invalidFieldsAreA400WithOneFrenchMessagePerField() throws Exception {
        String invalid = VALID.replace("\"nom\": \"Durand\", ", "").replace("\"69003\"", "\"6900\"")
                .replace("\"ville\": \"Lyon\"", "\"ville\": {\"nom\": \"Lyon\"}")
                .replace("{\"prenom\"", "{\"couleur\": \"bleu\", \"prenom\"");
        api.perform(post("/api/letters/acces-dossier-medical?format=pdf").contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value("Certains champs sont à corriger."))
                .andExpect(jsonPath("$.champs.nom").value("Ce champ est obligatoire."))
                .andExpect(jsonPath("$.champs.code_postal").value("Code postal invalide : il faut 5 chiffres, par exemple 69003."))
                .andExpect(jsonPath("$.champs.ville").value("Valeur attendue : du texte (entre guillemets)."))
                .andExpect(jsonPath("$.champs.couleur").value("Ce champ n'existe pas pour cette lettre."));
    }
}
