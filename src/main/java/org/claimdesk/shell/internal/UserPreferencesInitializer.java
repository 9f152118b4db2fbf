package org.claimdesk.shell.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives each new browser tab the language and theme its person chose before. */
@Component
class UserPreferencesInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                UserPreferences.apply(uiInit.getUI(), request);
            }
        });
    }
}
