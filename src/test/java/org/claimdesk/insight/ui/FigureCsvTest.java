package org.claimdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.claimdesk.insight.ui.FigureTable.Cell;
import org.junit.jupiter.api.Test;

/** The CSV of a panel: what a spreadsheet opens, byte for byte. */
class FigureCsvTest {

    @Test
    void itIsUtf8WithAByteOrderMarkCommasAndCrlf() {
        byte[] csv = FigureCsv.of(new FigureTable("Claims by state", List.of("State", "Claims"),
                List.of(List.of(Cell.text("Veröffentlicht"), new Cell("1.234", "1234")))));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFState,Claims\r\nVeröffentlicht,1234\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        byte[] csv = FigureCsv.of(new FigureTable("Reviewers", List.of("Reviewer", "Open claims"),
                List.of(List.of(Cell.text("Müller, Hans \"Hansi\""), Cell.text("3")),
                        List.of(Cell.text("Two\nlines"), Cell.text("0")))));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFReviewer,Open claims\r\n\"Müller, Hans \"\"Hansi\"\"\",3\r\n\"Two\nlines\",0\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        byte[] csv = FigureCsv.of(new FigureTable("Reviewers", List.of("Reviewer", "Share"),
                List.of(List.of(Cell.text("=HYPERLINK(\"http://evil.example\")"), Cell.text("-12.5")),
                        List.of(Cell.text("@SUM(A1)"), Cell.text("+1")),
                        List.of(Cell.text("-minus"), Cell.text("0.0")))));

        assertThat(new String(csv, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFFReviewer,Share",
                "\"'=HYPERLINK(\"\"http://evil.example\"\")\",-12.5",
                "'@SUM(A1),'+1",
                "'-minus,0.0");
    }
}
