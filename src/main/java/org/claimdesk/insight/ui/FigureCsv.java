package org.claimdesk.insight.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link FigureTable} as CSV (RFC 4180, comma, CRLF) in UTF-8 with a byte-order mark, so that
 * spreadsheet programs read umlauts and dashes right. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe; numbers stay numbers.
 */
final class FigureCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private FigureCsv() {
    }

    static byte[] of(FigureTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write(BYTE_ORDER_MARK);
            csv.printRecord(table.headers().stream().map(FigureCsv::guarded).toList());
            for (List<FigureTable.Cell> row : table.rows()) {
                List<String> values = new ArrayList<>();
                for (FigureTable.Cell cell : row) {
                    values.add(guarded(cell.plain()));
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Keeps text from being run as a spreadsheet formula (CSV injection); a plain number is left alone. */
    static String guarded(String value) {
        if (value.isEmpty() || value.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
