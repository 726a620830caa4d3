package descent.engine.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static descent.engine.experiment.Documents.NETWORK_EXAMPLE;
import static descent.engine.experiment.Documents.errors;
import static descent.engine.experiment.Documents.valid;
import static descent.engine.experiment.Documents.with;
import static descent.engine.experiment.Documents.without;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DataSourceValidationTest {

    private static final String NO_FEATURES = without(NETWORK_EXAMPLE, "features");

    private static NetworkExperiment validNetwork(String data) {
        return (NetworkExperiment) valid(with(NO_FEATURES, "data", data));
    }

    @Test
    void theXorTableTakesNoOtherFieldAndHasTwoInputs() {
        NetworkExperiment experiment = validNetwork("{'source': 'xor-table'}");
        assertEquals(2, experiment.getInputCount());
        assertFalse(experiment.getData().getTrainFraction().isPresent());
        assertEquals(Arrays.asList("data.trainFraction: not allowed for source 'xor-table'"),
                errors(with(NO_FEATURES, "data", "{'source': 'xor-table', 'trainFraction': 0.5}")));
    }

    @Test
    void builtInSetsKnowTheirInputCount() {
        assertEquals(4, validNetwork("{'source': 'iris', 'trainFraction': 0.7}").getInputCount());
        assertEquals(13, validNetwork("{'source': 'wine', 'trainFraction': 0.7}").getInputCount());
        assertEquals(64, validNetwork("{'source': 'digits', 'trainFraction': 0.7, 'standardize': true}").getInputCount());
    }

    @Test
    void builtInSetsRejectGeneratorFieldsAndFeatures() {
        assertEquals(Arrays.asList("data.points: not allowed for source 'iris'", "data.noise: not allowed for source 'iris'",
                        "features: allowed only for 2-D points (source was 'iris')"),
                errors(with(NETWORK_EXAMPLE, "data.source", "'iris'")));
    }

    @Test
    void everyGeneratorAcceptsTheSameFields() {
        for (String source : new String[]{"circle", "xor", "gauss", "spiral", "moons", "checkerboard", "plane", "multi-gauss", "sine"}) {
            NetworkExperiment experiment = (NetworkExperiment) valid(with(NETWORK_EXAMPLE, "data.source", "'" + source + "'"));
            assertEquals(source, experiment.getData().getSource().jsonName());
        }
    }

    @Test
    void generatedDataRequiresFeatures() {
        assertEquals(Collections.singletonList("features: is required"), errors(NO_FEATURES));
    }

    @Test
    void csvTextGivesItsColumnsMinusTheLabelAsInputs() {
        NetworkExperiment experiment = validNetwork("{'source': 'csv', 'csv': 'a,b,c\\n1,2,0\\n3,4,1\\n', 'labelColumn': -1, 'trainFraction': 0.5}");
        assertEquals(2, experiment.getInputCount());
        assertEquals(-1, experiment.getData().getLabelColumn().get());
        assertEquals("a,b,c\n1,2,0\n3,4,1\n", experiment.getData().getCsv().get());
    }

    @Test
    void csvTextIgnoresEmptyLinesAndWindowsLineEnds() {
        assertEquals(3, validNetwork("{'source': 'csv', 'csv': '1,2,3,0\\r\\n\\r\\n4,5,6,1\\r\\n', 'labelColumn': 3, 'trainFraction': 0.5}")
                .getInputCount());
    }

    @Test
    void csvRowsMustHaveTheSameNumberOfColumns() {
        assertEquals(Arrays.asList("data.csv: line 3 has 2 columns, but the first line has 3"),
                errors(with(NO_FEATURES, "data", "{'source': 'csv', 'csv': '1,2,0\\n3,4,1\\n5,6', 'labelColumn': 0, 'trainFraction': 0.5}")));
    }

    @Test
    void csvTextNeedsTwoToOneHundredColumns() {
        String wide = "{'source': 'csv', 'csv': '" + NetworkFieldValidationTest.repeat("1,", 100) + "0\\n1,0', 'labelColumn': 0, 'trainFraction': 0.5}";
        assertEquals(Arrays.asList("data.csv: must have between 2 and 100 comma-separated columns (was 101)"),
                errors(with(NO_FEATURES, "data", wide)));
        assertEquals(Arrays.asList("data.csv: must have between 2 and 100 comma-separated columns (was 1)"),
                errors(with(NO_FEATURES, "data", "{'source': 'csv', 'csv': '1\\n2', 'labelColumn': 0, 'trainFraction': 0.5}")));
    }

    @Test
    void csvTextNeedsAtMostTwentyThousandLines() {
        String lines = NetworkFieldValidationTest.repeat("1,0\\n", 20_001);
        assertEquals(Arrays.asList("data.csv: must have between 2 and 20000 non-empty lines (was 20001)"),
                errors(with(NO_FEATURES, "data", "{'source': 'csv', 'csv': '" + lines + "', 'labelColumn': 1, 'trainFraction': 0.5}")));
    }

    @Test
    void theLabelColumnMustExist() {
        assertEquals(Arrays.asList("data.labelColumn: must be between -1 and 2 (was 3)"),
                errors(with(NO_FEATURES, "data", "{'source': 'csv', 'csv': '1,2,0\\n3,4,1', 'labelColumn': 3, 'trainFraction': 0.5}")));
        assertEquals(Arrays.asList("data.labelColumn: is required"),
                errors(with(NO_FEATURES, "data", "{'source': 'csv', 'csv': '1,2,0\\n3,4,1', 'trainFraction': 0.5}")));
    }

    @Test
    void inlineRowsAreReadAsNumbers() {
        NetworkExperiment experiment = validNetwork("{'source': 'inline', 'rows': [[1, 2, 0], [3.5, -4, 1]], 'labelColumn': 2, 'trainFraction': 0.5}");
        assertEquals(2, experiment.getInputCount());
        assertArrayEquals(new double[]{3.5, -4, 1}, experiment.getData().getRows().get()[1]);
    }

    @Test
    void pointsInThePlaneTakeTheFeaturesList() {
        NetworkExperiment experiment = (NetworkExperiment) valid(with(NETWORK_EXAMPLE, "data",
                "{'source': 'points', 'rows': [[1, 2, 0], [3.5, -4, 1]], 'trainFraction': 0.5}"));
        assertEquals(2, experiment.getInputCount());
        assertArrayEquals(new double[]{3.5, -4, 1}, experiment.getData().getRows().get()[1]);
    }

    @Test
    void pointsMustBeX1X2AndALabel() {
        assertEquals(Arrays.asList("data.rows: each point must be [x1, x2, label]"),
                errors(with(NETWORK_EXAMPLE, "data", "{'source': 'points', 'rows': [[1, 2], [3, 1]], 'trainFraction': 0.5}")));
        assertEquals(Arrays.asList("data.labelColumn: not allowed for source 'points'"),
                errors(with(NETWORK_EXAMPLE, "data",
                        "{'source': 'points', 'rows': [[1, 2, 0], [3, 1, 1]], 'labelColumn': 2, 'trainFraction': 0.5}")));
    }

    @Test
    void inlineRowsMustAllHaveTheLengthOfTheFirst() {
        assertEquals(Arrays.asList("data.rows[1]: must have 3 numbers, like the first row (was 2)"),
                errors(with(NO_FEATURES, "data", "{'source': 'inline', 'rows': [[1, 2, 0], [3, 1]], 'labelColumn': 2, 'trainFraction': 0.5}")));
    }

    @Test
    void inlineRowsMustHoldFiniteNumbers() {
        assertEquals(Arrays.asList("data.rows[0][1]: must be a number", "data.rows[1][0]: must be a finite number (was -1e999)"),
                errors(with(NO_FEATURES, "data", "{'source': 'inline', 'rows': [[1, 'x', 0], [-1e999, 1, 1]], 'labelColumn': 2, 'trainFraction': 0.5}")));
    }

    @Test
    void inlineRowsNeedAtLeastTwoRows() {
        assertEquals(Arrays.asList("data.rows: must have between 2 and 20000 rows (was 1)"),
                errors(with(NO_FEATURES, "data", "{'source': 'inline', 'rows': [[1, 0]], 'labelColumn': 1, 'trainFraction': 0.5}")));
    }

    @Test
    void tableFieldsAreOnlyAllowedForTheirSource() {
        assertEquals(Arrays.asList("data.csv: not allowed for source 'inline'"),
                errors(with(NO_FEATURES, "data", "{'source': 'inline', 'rows': [[1, 0], [2, 1]], 'csv': '1,0', 'labelColumn': 1, 'trainFraction': 0.5}")));
        assertEquals(Arrays.asList("data.rows: not allowed for source 'csv'"),
                errors(with(NO_FEATURES, "data", "{'source': 'csv', 'csv': '1,0\\n2,1', 'rows': [], 'labelColumn': 1, 'trainFraction': 0.5}")));
    }
}
