package org.claimdesk.claim;

import com.vaadin.flow.component.Component;

/**
 * A piece another module adds to a claim's page, so that the workflow and the discussion can sit
 * beside the research without the claim module knowing them. A Spring bean; {@link #create} is called
 * each time the page renders the claim.
 */
public interface ClaimPagePart {

    enum Placement {
        /** Under the statement and its facts, above the tabs. */
        SUMMARY,
        /** A tab of its own, titled by {@link #titleKey()}. */
        TAB
    }

    Placement placement();

    /** Translation key of the tab's title; unused for {@link Placement#SUMMARY}. */
    default String titleKey() {
        return "";
    }

    /** Lower comes first within its placement. */
    default int order() {
        return 0;
    }

    /**
     * @param refreshPage re-reads the claim and renders the whole page again, after the part changed
     *                    something the rest of the page shows
     */
    Component create(ClaimDetails claim, Runnable refreshPage);
}
