package org.claimdesk.insight.ui;

import java.util.List;

/**
 * A panel's numbers as rows and columns: shown as an accessible table under its chart and offered as CSV.
 * Each cell has the text a person reads and the plain value a spreadsheet gets (ISO dates, unformatted
 * numbers).
 */
record FigureTable(String caption, List<String> headers, List<List<Cell>> rows) {

    FigureTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** One value: as shown, and as written to CSV. The first cell of a row names the row. */
    record Cell(String shown, String plain) {

        static Cell text(String text) {
            return new Cell(text, text);
        }
    }
}
