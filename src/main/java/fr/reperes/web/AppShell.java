package fr.reperes.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. Styles come from the pre-compiled Lumo bundle and the project's own CSS (top-level
 * {@code frontend/styles}, served from {@code META-INF/resources/styles}) so that no frontend bundle build is ever
 * needed.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/reperes.css")
@Meta(name = "referrer", content = "no-referrer")
@Meta(name = "robots", content = "noindex")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/reperes.svg", "any");
    }
}
