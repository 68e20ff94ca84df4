package fr.reperes.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Declares the page language as French on the bootstrap page, so that screen readers read it with a French
 * voice (RGAA 8.3). Vaadin would otherwise take the server's default locale.
 */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "fr"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(java.util.Locale.FRANCE));
    }
}
