package descent.engine.function.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DescentSettingsTest {

    @Test
    void defaultsAreATinyToleranceAndTenThousandSteps() {
        assertEquals(1e-6, DescentSettings.defaults().tolerance());
        assertEquals(10_000, DescentSettings.defaults().maxSteps());
    }

    @Test
    void theStepLimitGoesUpToOneMillion() {
        assertEquals(1_000_000, DescentSettings.defaults().withMaxSteps(1_000_000).maxSteps());
        assertEquals(1, DescentSettings.defaults().withMaxSteps(1).maxSteps());
        assertThrows(IllegalArgumentException.class, () -> DescentSettings.defaults().withMaxSteps(1_000_001));
        assertThrows(IllegalArgumentException.class, () -> DescentSettings.defaults().withMaxSteps(0));
    }

    @Test
    void theToleranceMustBePositive() {
        assertEquals(1e-3, DescentSettings.defaults().withTolerance(1e-3).tolerance());
        assertThrows(IllegalArgumentException.class, () -> DescentSettings.defaults().withTolerance(0));
        assertThrows(IllegalArgumentException.class, () -> DescentSettings.defaults().withTolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> DescentSettings.defaults().withTolerance(Double.POSITIVE_INFINITY));
    }
}
