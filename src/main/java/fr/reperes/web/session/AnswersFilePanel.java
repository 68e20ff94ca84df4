package fr.reperes.web.session;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.reperes.interview.AnswersFile;
import fr.reperes.interview.AnswersFileWording;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Take the answers away as a file, or load a file saved earlier. Both happen in memory only. Its words come from
 * {@code content/interview/fichier-reponses.yml} ({@link AnswersFileWording}).
 */
public class AnswersFilePanel extends Div {

    /** {@link AnswersFile#MAX_BYTES}, as the messages say it. */
    private static final String MAX_SIZE = AnswersFile.MAX_BYTES / 1024 + " Ko";

    private final Paragraph status = new Paragraph();

    public AnswersFilePanel(AnswersFile answersFile, CaseFile caseFile, Clock clock, Runnable afterLoad) {
        AnswersFileWording words = answersFile.wording();
        addClassName("fichier-reponses");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = answersFile.write(caseFile.facts(), caseFile.answered(), caseFile.notYet());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    answersFile.fileName(LocalDate.now(clock)), "application/json", bytes.length);
        }), words.text("telecharger"));
        download.getElement().setAttribute("download", true);
        download.addClassName("bouton-lien");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            switch (answersFile.read(bytes)) {
                case AnswersFile.Loaded.Ok ok -> {
                    caseFile.restore(ok.facts(), ok.answered(), ok.notYet());
                    afterLoad.run();
                    com.vaadin.flow.component.notification.Notification.show(words.text("charge"),
                            5000, com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                }
                case AnswersFile.Loaded.Refused refused -> say(refused.message(), true);
            }
        }))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AnswersFile.MAX_BYTES);
        upload.setI18n(french(words));
        upload.addFileRejectedListener(rejected -> say(words.text("fichier-rejete", Map.of("taille", MAX_SIZE)), true));
        upload.getElement().setAttribute("aria-label", words.text("charger-nom-accessible"));

        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("statut-fichier");

        add(new H2(words.text("titre")), new Paragraph(words.text("avertissement")),
                download, new Paragraph(words.text("charger-intro")), upload, status);
    }

    private void say(String message, boolean error) {
        status.setText(message);
        status.getElement().setAttribute("role", error ? "alert" : "status");
        status.setClassName("erreur", error);
    }

    private static UploadI18N french(AnswersFileWording words) {
        java.util.function.Function<String, String> w = name -> words.text("chargement." + name);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(w.apply("deposer-un")).setMany(w.apply("deposer-plusieurs")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(w.apply("choisir-un")).setMany(w.apply("choisir-plusieurs")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(w.apply("trop-de-fichiers"))
                .setFileIsTooBig(words.text("chargement.trop-gros", Map.of("taille", MAX_SIZE)))
                .setIncorrectFileType(w.apply("mauvais-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(w.apply("connexion")).setStalled(w.apply("bloque"))
                        .setProcessing(w.apply("lecture")).setHeld(w.apply("en-attente")))
                // The time left follows the prefix: the space cannot be kept in content (texts are trimmed).
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(w.apply("reste") + " ")
                        .setUnknown(w.apply("duree-inconnue")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(w.apply("serveur-indisponible"))
                        .setUnexpectedServerError(w.apply("erreur-serveur")).setForbidden(w.apply("refuse"))));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        i18n.setFile(new UploadI18N.File().setRetry(w.apply("reessayer")).setStart(w.apply("envoyer"))
                .setRemove(w.apply("retirer")));
        return i18n;
    }
}
