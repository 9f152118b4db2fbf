package org.claimdesk.publishing.report.internal;

/** A line of the PDF's table of contents: an article, the page it starts on and how many claims it has. */
final class ContentsEntry {

    private final String title;
    private int page;
    private int claims;

    ContentsEntry(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    int page() {
        return page;
    }

    void startsOn(int pageNumber) {
        page = pageNumber;
    }

    int claims() {
        return claims;
    }

    void countClaim() {
        claims++;
    }
}
