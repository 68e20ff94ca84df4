package fr.reperes.letters;

import fr.reperes.core.Signatory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The real catalogue without Spring, a fixed date (22 November 2026), sample values and text extraction. */
final class TestLetters {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(PARIS).toInstant(), PARIS);
    private static LetterService service;

    private TestLetters() {
    }

    static synchronized LetterService service() {
        if (service == null) {
            service = LetterServiceFixture.service(CLOCK);
        }
        return service;
    }

    /**
     * Values a careful user would type for this letter and signatory: every visible field filled (optional ones
     * too, so that every sentence is exercised), choices at their default.
     */
    static Map<String, String> sample(Letter letter, Signatory signatory) {
        Map<String, String> values = new LinkedHashMap<>(service().prefill(letter.id(), fr.reperes.core.Facts.unknown()));
        values.put(LetterField.SIGNATORY, signatory.name());
        for (LetterField field : letter.fields()) {
            if (!field.visibleFor(values) || field.type() == FieldType.CHOICE) {
                continue;
            }
            values.putIfAbsent(field.id(), sampleValue(field));
        }
        // Conditional fields may have become visible through the choices above.
        for (LetterField field : letter.fields()) {
            if (field.visibleFor(values) && field.type() != FieldType.CHOICE) {
                values.putIfAbsent(field.id(), sampleValue(field));
            }
        }
        return values;
    }

    static String sampleValue(LetterField field) {
        return switch (field.id()) {
            case "prenom" -> "Camille";
            case "nom" -> "Durand";
            case "date_naissance" -> "12/03/1985";
            case "adresse" -> "12 rue des Lilas";
            case "ville" -> "Lyon";
            case "telephone", "pc_telephone" -> "04 72 00 00 00";
            case "tiers_nom" -> "Marie Lefèvre";
            case "tiers_qualite" -> "curatrice";
            case "tiers_adresse" -> "3 place Bellecour";
            case "tiers_ville" -> "Lyon";
            case "destinataire_nom" -> "Madame, Monsieur le Directeur\nCentre hospitalier Saint-Jean";
            case "destinataire_adresse" -> "95 boulevard Pinel";
            case "destinataire_ville" -> "Bron";
            case "lieu" -> "Lyon";
            case "date_lettre" -> "22/11/2026";
            case "etablissement" -> "centre hospitalier Saint-Jean, à Bron";
            case "tribunal" -> "tribunal judiciaire de Lyon";
            case "nom_naissance" -> "Martin";
            case "periode" -> "hospitalisation du 3 au 20 mars 2025";
            case "service", "quand" -> field.id().equals("service") ? "unité Les Tilleuls" : "du 10 au 12 novembre 2026";
            case "pc_prenom" -> "Julien";
            case "pc_nom" -> "Martin";
            case "pc_lien" -> "frère";
            case "pc_adresse" -> "8 rue Victor-Hugo";
            case "pc_ville" -> "Villeurbanne";
            case "precedente" -> "Paul Durand";
            case "actuel" -> "Docteur Bernard, CMP de Villeurbanne";
            case "nouveau", "relais" -> "Docteur Anne Morel, psychiatre à Lyon";
            case "jap" -> "juge de l'application des peines du tribunal judiciaire de Lyon";
            case "numero" -> "RG 26/01234";
            case "avocat_nom" -> "Maître Nadia Roux, barreau de Lyon";
            case "motifs", "raisons" -> "Je vais mieux depuis plusieurs semaines, je prends mon traitement et je peux être suivi(e) en consultation au CMP.";
            case "faits" -> "Du 10 au 12 novembre 2026, j'ai été placé(e) en chambre d'isolement sans qu'on m'explique pourquoi, et je n'ai pas pu appeler ma famille.";
            case "demande" -> "Espacer les rendez-vous au CMP à une fois par mois, et remplacer l'injection par des comprimés.";
            default -> switch (field.type()) {
                case DATE -> "15/03/2026";
                case POSTCODE -> "69003";
                case EMAIL -> "camille.durand@exemple.fr";
                case TEXTAREA -> "Texte saisi pour « " + field.label() + " ».";
                default -> "valeur de " + field.id();
            };
        };
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdfPageText(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracted text with the non-breaking spaces of French typography read as plain spaces. */
    static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
