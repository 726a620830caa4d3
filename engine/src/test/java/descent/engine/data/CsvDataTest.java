package descent.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsvDataTest {

  private static String errorOf(String text, int labelColumn) {
    return assertThrows(IllegalArgumentException.class, () -> CsvData.parse(text, labelColumn))
        .getMessage();
  }

  @Test
  void aNonNumericFieldIsReportedWithItsLineAndColumn() {
    String text = "a,b,label\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,10,0\n11,abc,1\n";
    assertEquals("line 7, column 2: 'abc' is not a number", errorOf(text, -1));
  }

  @Test
  void raggedRowsAreRejectedNamingTheLine() {
    assertEquals("line 3: expected 3 columns but found 2", errorOf("1,2,0\n3,4,1\n5,6\n", -1));
  }

  @Test
  void aNonNumericFirstRowIsAHeaderAndNamesTheInputs() {
    CsvData csv = CsvData.parse("height,label,width\n1.5,0,2\n2.5,1,3\n", 1);
    assertArrayEquals(new String[] {"height", "width"}, csv.featureNames());
    assertArrayEquals(new double[] {1.5, 2, 2.5, 3}, csv.data().inputs());
    assertEquals(2, csv.data().classCount());
  }

  @Test
  void withoutAHeaderEveryRowIsData() {
    CsvData csv = CsvData.parse("1,2,0\r\n3,4,1\r\n\r\n", -1);
    assertNull(csv.featureNames());
    assertEquals(2, csv.data().size());
  }

  @Test
  void wholeNumbersCoveringZeroToKMinusOneMakeKClasses() {
    assertEquals(3, CsvData.parse("1,0\n2,1\n3,2\n4,1\n", -1).data().classCount());
  }

  @Test
  void anyOtherLabelColumnMeansRegression() {
    assertEquals(0, CsvData.parse("1,0.5\n2,1\n", -1).data().classCount());
    assertEquals(0, CsvData.parse("1,0\n2,2\n", -1).data().classCount());
    assertEquals(0, CsvData.parse("1,-1\n2,1\n", -1).data().classCount());
  }

  @Test
  void tooManyColumnsAreRejected() {
    StringBuilder row = new StringBuilder("0");
    for (int i = 0; i < 100; i++) {
      row.append(",1");
    }
    assertEquals("line 1: 101 columns, at most 100 are allowed", errorOf(row + "\n", -1));
  }

  @Test
  void tooManyRowsAreRejected() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= CsvData.MAX_ROWS; i++) {
      text.append(i % 2).append(",1\n");
    }
    assertEquals("line 20001: more than 20000 data rows", errorOf(text.toString(), -1));
  }

  @Test
  void anOutOfRangeLabelColumnIsRejectedNamingTheParameter() {
    assertEquals("labelColumn must be -1 or in [0, 1] (was 5)", errorOf("1,0\n2,1\n", 5));
  }

  @Test
  void decimalsParseToTheCorrectlyRoundedDouble() {
    String[] samples = {"5.1", "-0.25", "14.23", "1065", "3e-2", "1.5E3", "0.000123",
        "123456789012345678901", "2.2250738585072014E-308"};
    for (String sample : samples) {
      assertEquals(Double.parseDouble(sample), DecimalParser.parse(sample, 0, sample.length()),
          sample);
    }
    assertEquals(Double.NaN, DecimalParser.parse("1.2.3", 0, 5));
    assertEquals(Double.NaN, DecimalParser.parse("NaN", 0, 3));
    assertEquals(Double.NaN, DecimalParser.parse("1e", 0, 2));
  }
}
