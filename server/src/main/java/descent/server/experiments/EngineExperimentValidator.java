package descent.server.experiments;

import descent.engine.experiment.Experiment;
import descent.engine.experiment.ExperimentCanonicalizer;
import descent.engine.experiment.FunctionExperiment;
import descent.engine.experiment.ValidationError;
import descent.engine.experiment.ValidationResult;
import descent.engine.function.expression.Expression;
import descent.engine.function.expression.ExpressionException;
import descent.engine.json.JsonException;
import descent.engine.json.JsonParser;
import descent.engine.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's validator (descent.engine.experiment), the code the page runs too. The server
 * parses first itself only to keep the parser's line and column for a 400 answer; the size limit
 * is checked by the controller before the text is even read.
 */
public final class EngineExperimentValidator implements ExperimentValidator {

  @Override
  public ValidatedExperiment validate(String documentText) throws InvalidExperimentException {
    JsonValue document;
    try {
      document = JsonParser.parse(documentText);
    } catch (JsonException e) {
      throw new InvalidExperimentException(
          List.of(new FieldError(ValidationError.DOCUMENT, e.getReason())), e.getLine(),
          e.getColumn());
    }
    ValidationResult result = descent.engine.experiment.ExperimentValidator.validate(document);
    if (!result.isValid()) {
      List<FieldError> errors = new ArrayList<>();
      for (ValidationError error : result.getErrors()) {
        errors.add(new FieldError(error.getField(), error.getMessage()));
      }
      throw new InvalidExperimentException(errors);
    }
    Experiment experiment = result.getExperiment();
    if (experiment instanceof FunctionExperiment function) {
      checkFormula(function);
    }
    return new ValidatedExperiment(ExperimentCanonicalizer.canonicalJson(experiment),
        experiment.getKind().jsonName(), experiment.getTitle().orElse(null),
        experiment.getDescription().orElse(null), experiment.getParent().orElse(null));
  }

  /**
   * The document validator checks the formula's length and characters but not its grammar; the
   * function lab's parser does. Without this the server would store experiments that can never
   * run. (Reported to the experiment format's owner: the check belongs in the shared validator.)
   */
  private static void checkFormula(FunctionExperiment function) throws InvalidExperimentException {
    Expression expression;
    try {
      expression = Expression.parse(function.getFunction());
    } catch (ExpressionException e) {
      throw new InvalidExperimentException(List.of(new FieldError("function", e.getMessage())));
    }
    if (expression.dimension() > function.getStart().length) {
      throw new InvalidExperimentException(List.of(new FieldError("start",
          "needs " + expression.dimension() + " coordinates for a function of x and y")));
    }
  }
}
