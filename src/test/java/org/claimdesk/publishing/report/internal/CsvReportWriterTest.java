package org.claimdesk.publishing.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The formula-injection guard, character by character (OWASP's list). */
class CsvReportWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aCellThatASpreadsheetWouldReadAsAFormulaGetsAnApostrophe(String cell) {
        assertThat(CsvReportWriter.guarded(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lavrov met Kim", " =not at the start", "1 = 1", "'quoted", ""})
    void otherCellsStayAsTheyAre(String cell) {
        assertThat(CsvReportWriter.guarded(cell)).isEqualTo(cell);
    }
}
