package fr.reperes.web.session;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Service;

/**
 * Forgets everything the user typed: all answers and letters live only in the Vaadin session, so closing it and
 * invalidating the HTTP session behind it is the whole erasure.
 */
@Service
public class SessionEraser {

    private final PrivacySettings settings;

    SessionEraser(PrivacySettings settings) {
        this.settings = settings;
    }

    /** Erases the session and reloads Repères on the home page, telling the user it was done. */
    public void eraseAndRestart(UI ui) {
        ui.getPage().setLocation("/?efface=1");
        invalidate(ui);
    }

    /** Erases the session and leaves for the neutral site, replacing the current history entry. */
    public void eraseAndLeave(UI ui) {
        ui.getPage().executeJs("window.reperesQuitter ? window.reperesQuitter() : window.location.replace($0)",
                settings.quickExitUrl());
        invalidate(ui);
    }

    public String quickExitUrl() {
        return settings.quickExitUrl();
    }

    private static void invalidate(UI ui) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }
}
