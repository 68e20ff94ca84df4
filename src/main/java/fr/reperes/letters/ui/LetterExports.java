package fr.reperes.letters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.reperes.letters.ComposedLetter;
import fr.reperes.letters.ExportFormat;
import fr.reperes.letters.LetterDocument;
import fr.reperes.letters.LetterLayout;
import fr.reperes.letters.LetterService;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Downloads (PDF, DOCX, text) and the copy button. A file is made in memory when its link is followed, from the
 * last complete version of the letter, and then forgotten; the links stay disabled until the letter is complete.
 */
class LetterExports extends Section {

    private final LetterService letters;
    private final LetterLayout layout;
    private final Paragraph status = new Paragraph();
    private final Map<ExportFormat, Anchor> downloads = new EnumMap<>(ExportFormat.class);
    /** The letter ready to download; read by download requests, which do not hold the session lock. */
    private volatile ComposedLetter ready;

    LetterExports(LetterService letters, LetterLayout layout, Runnable verify, Supplier<String> textToCopy) {
        this.letters = letters;
        this.layout = layout;
        addClassName("lettre-export");
        H2 title = new H2(layout.ui("telecharger_titre"));
        title.setId("export-titre");
        getElement().setAttribute("aria-labelledby", "export-titre");
        status.addClassName("etat-lettre");
        status.getElement().setAttribute("aria-live", "polite");
        Button check = new Button(layout.ui("verifier"), click -> verify.run());
        Div links = new Div();
        links.addClassName("telechargements");
        for (ExportFormat format : ExportFormat.values()) {
            Anchor anchor = new Anchor(download(format), layout.ui(format.id()));
            anchor.addClassName("telechargement");
            downloads.put(format, anchor);
            links.add(anchor);
        }
        Button copy = new Button(layout.ui("copier"), click -> copy(textToCopy.get()));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, status, check, links, copy);
    }

    /** The letter is complete ({@code letter} not null), or these fields are missing, or hold a wrong value. */
    void update(ComposedLetter letter, List<String> missing, List<String> wrong) {
        ready = letter;
        downloads.values().forEach(anchor -> anchor.setEnabled(letter != null));
        if (letter != null) {
            status.setText(layout.ui("pret"));
            return;
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(layout.ui("incomplet") + " " + String.join(", ", missing) + ".");
        }
        if (!wrong.isEmpty()) {
            parts.add(layout.ui(missing.isEmpty() ? "incorrect" : "a_corriger") + " " + String.join(", ", wrong) + ".");
        }
        status.setText(String.join(" ", parts));
    }

    private DownloadHandler download(ExportFormat format) {
        return event -> {
            ComposedLetter letter = ready;
            if (letter == null) {
                event.getResponse().setStatus(409);
                return;
            }
            LetterDocument document = letters.export(letter, format);
            event.setFileName(document.fileName());
            event.setContentType(document.mediaType());
            event.setContentLength(document.bytes().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(document.bytes());
            }
        };
    }

    private void copy(String text) {
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", text)
                .then(Boolean.class, copied -> notify(Boolean.TRUE.equals(copied) ? "copie_ok" : "copie_echec"),
                        failure -> notify("copie_echec")));
    }

    private void notify(String key) {
        Notification notification = Notification.show(layout.ui(key), 5000, Notification.Position.BOTTOM_CENTER);
        notification.getElement().setAttribute("aria-live", "polite");
    }
}
