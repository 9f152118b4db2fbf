package org.claimdesk.shell;

import com.vaadin.flow.component.Component;

/**
 * A small control a feature module puts into the header of every signed-in screen, left of the user
 * menu (the notification bell, for one). A Spring bean; {@link #create()} is called once per screen frame.
 */
public interface HeaderWidget {

    Component create();

    /** Lower comes first. */
    default int order() {
        return 0;
    }
}
