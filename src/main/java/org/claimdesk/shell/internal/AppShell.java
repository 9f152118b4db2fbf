package org.claimdesk.shell.internal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styles come from Lumo and from our own static {@code frontend/} folder, served
 * under {@code /assets}, so the pre-built Vaadin bundle is used as is (see ADR 0003). Server push keeps
 * screens live when someone else changes what they show ({@link org.claimdesk.shell.LiveUpdates}).
 */
@Push(PushMode.AUTOMATIC)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("assets/styles/claimdesk.css")
@ColorScheme(ColorScheme.Value.SYSTEM)
@Meta(name = "referrer", content = "strict-origin-when-cross-origin")
class AppShell implements AppShellConfigurator {
}
