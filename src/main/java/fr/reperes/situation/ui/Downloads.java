package fr.reperes.situation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.reperes.situation.SheetFile;

import java.io.OutputStream;
import java.util.function.Supplier;

/** Download links whose file is made in memory when the link is followed, then forgotten. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String text, Supplier<SheetFile> file) {
        Anchor anchor = new Anchor(handler(file), text);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("bouton-lien");
        return anchor;
    }

    private static DownloadHandler handler(Supplier<SheetFile> file) {
        return event -> {
            SheetFile made = file.get();
            event.setFileName(made.fileName());
            event.setContentType(made.mediaType());
            event.setContentLength(made.bytes().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(made.bytes());
            }
        };
    }
}
