package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.engine.data.Feature;
import descent.engine.data.PlaygroundData;
import descent.engine.experiment.Activation;
import descent.engine.experiment.DataSource;
import descent.engine.experiment.InputFeature;
import descent.engine.experiment.Loss;
import descent.engine.experiment.OptimizerType;
import descent.engine.experiment.OutputActivation;
import descent.engine.experiment.Regularization;
import descent.engine.experiment.WeightInit;
import descent.engine.nn.Initializer;
import descent.engine.optim.Optimizers;
import org.junit.jupiter.api.Test;

/**
 * The experiment document names things with its own enums; {@link ExperimentSessions} hands
 * those names to the engine. Every name a valid document may hold must mean something there.
 */
class DocumentVocabularyTest {

  @Test
  void everyHiddenActivationOfTheFormatIsAnEngineActivation() {
    for (Activation activation : Activation.values()) {
      assertEquals(activation.jsonName(),
          descent.engine.nn.Activation.fromId(activation.jsonName()).id());
    }
  }

  @Test
  void everyOutputActivationOfTheFormatIsAnEngineActivation() {
    for (OutputActivation output : OutputActivation.values()) {
      assertEquals(output.jsonName(), descent.engine.nn.Activation.fromId(output.jsonName()).id());
    }
  }

  @Test
  void everyLossInitialiserOptimizerAndRegularizationOfTheFormatExistsInTheEngine() {
    for (Loss loss : Loss.values()) {
      assertEquals(loss.jsonName(), descent.engine.nn.Loss.fromId(loss.jsonName()).id());
    }
    for (WeightInit init : WeightInit.values()) {
      assertEquals(init.jsonName(), Initializer.fromId(init.jsonName()).id());
    }
    for (OptimizerType type : OptimizerType.values()) {
      assertEquals(type.jsonName(), Optimizers.create(type.jsonName()).id());
    }
    for (Regularization regularization : Regularization.values()) {
      assertEquals(regularization.jsonName(),
          descent.engine.train.Regularization.fromId(regularization.jsonName()).id());
    }
  }

  @Test
  void everyFeatureAndGeneratorOfTheFormatExistsInTheEngine() {
    for (InputFeature feature : InputFeature.values()) {
      assertEquals(feature.jsonName(), Feature.fromId(feature.jsonName()).id());
    }
    for (DataSource source : DataSource.values()) {
      if (source.isGenerated()) {
        assertEquals(source.jsonName(), PlaygroundData.fromId(source.jsonName()).id());
      }
    }
  }
}
