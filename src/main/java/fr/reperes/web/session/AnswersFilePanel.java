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

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Take the answers away as a file, or load a file saved earlier. Both happen in memory only. */
public class AnswersFilePanel extends Div {

    private final Paragraph status = new Paragraph();

    public AnswersFilePanel(AnswersFile answersFile, CaseFile caseFile, Clock clock, Runnable afterLoad) {
        addClassName("fichier-reponses");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = answersFile.write(caseFile.facts(), caseFile.answered(), caseFile.notYet());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    answersFile.fileName(LocalDate.now(clock)), "application/json", bytes.length);
        }), "Télécharger mes réponses (fichier)");
        download.getElement().setAttribute("download", true);
        download.addClassName("bouton-lien");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            switch (answersFile.read(bytes)) {
                case AnswersFile.Loaded.Ok ok -> {
                    caseFile.restore(ok.facts(), ok.answered(), ok.notYet());
                    afterLoad.run();
                    com.vaadin.flow.component.notification.Notification.show("Vos réponses ont été chargées.",
                            5000, com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                }
                case AnswersFile.Loaded.Refused refused -> say(refused.message(), true);
            }
        }))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AnswersFile.MAX_BYTES);
        upload.setI18n(french());
        upload.addFileRejectedListener(rejected -> say("Ce fichier ne peut pas être chargé : choisissez le fichier "
                + ".json téléchargé depuis Repères (64 Ko au plus).", true));
        upload.getElement().setAttribute("aria-label", "Charger un fichier de réponses");

        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("statut-fichier");

        add(new H2("Garder ou reprendre vos réponses"),
                new Paragraph("Le fichier reste sur votre appareil : Repères ne le garde pas. Il contient des "
                        + "informations sensibles : ne le laissez pas sur un ordinateur partagé."),
                download, new Paragraph("Charger un fichier de réponses enregistré plus tôt :"), upload, status);
    }

    private void say(String message, boolean error) {
        status.setText(message);
        status.getElement().setAttribute("role", error ? "alert" : "status");
        status.setClassName("erreur", error);
    }

    private static UploadI18N french() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Déposez le fichier ici").setMany("Déposez les fichiers ici"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choisir un fichier…").setMany("Choisir des fichiers…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("Un seul fichier à la fois.")
                .setFileIsTooBig("Ce fichier est trop gros (64 Ko au plus).")
                .setIncorrectFileType("Choisissez un fichier .json téléchargé depuis Repères."));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("Connexion…").setStalled("Bloqué")
                        .setProcessing("Lecture du fichier…").setHeld("En attente"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("reste ").setUnknown("durée inconnue"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("Serveur indisponible")
                        .setUnexpectedServerError("Erreur du serveur").setForbidden("Refusé")));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        i18n.setFile(new UploadI18N.File().setRetry("Réessayer").setStart("Envoyer").setRemove("Retirer"));
        return i18n;
    }
}
