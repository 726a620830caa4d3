package descent.engine.function.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OptimizerKindTest {

    @Test
    void everyOptimizerIsFoundByItsName() {
        String[] names = {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"};
        for (String name : names) {
            OptimizerKind kind = OptimizerKind.fromName(name);
            assertEquals(name, kind.id());
            assertEquals(name, kind.create(Hyperparameters.defaults()).name());
        }
    }

    @Test
    void namesIgnoreCaseAndSurroundingSpaces() {
        assertEquals(OptimizerKind.ADAM, OptimizerKind.fromName(" Adam "));
        assertEquals(OptimizerKind.RMSPROP, OptimizerKind.fromName("RMSProp"));
    }

    @Test
    void anUnknownNameIsNamedInTheError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OptimizerKind.fromName("adamw"));
        assertEquals("Unknown optimizer 'adamw'; expected one of: sgd, momentum, nesterov, adagrad, rmsprop, adam",
                error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromName(null));
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromName(""));
    }
}
