package org.claimdesk.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * Real HTML tables for the dashboard's numbers: a caption, column headers and a row header in the first
 * cell of each row, so that a screen reader announces what each number is.
 */
final class FigureTables {

    private FigureTables() {
    }

    /** A table whose cells are text. */
    static NativeTable of(String id, FigureTable figures) {
        return build(id, figures.caption(), figures.headers(), figures.rows().stream()
                .map(row -> row.stream().map(cell -> (Object) cell.shown()).toList()).toList());
    }

    /** A table whose cells are text or components (links). */
    static NativeTable build(String id, String caption, List<String> headers, List<List<Object>> rows) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("cd-figure-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        for (List<Object> values : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (int column = 0; column < values.size(); column++) {
                Component cell;
                if (column == 0) {
                    cell = row.addHeaderCell();
                    cell.getElement().setAttribute("scope", "row");
                } else {
                    cell = row.addDataCell();
                }
                Object value = values.get(column);
                if (value instanceof Component component) {
                    cell.getElement().appendChild(component.getElement());
                } else {
                    cell.getElement().setText(String.valueOf(value));
                }
            }
        }
        return table;
    }
}
