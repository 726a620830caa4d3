package descent.engine.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of validating a document: either the typed experiment or the list of errors. */
public final class ValidationResult {

    private final Experiment experiment;
    private final List<ValidationError> errors;

    private ValidationResult(Experiment experiment, List<ValidationError> errors) {
        this.experiment = experiment;
        this.errors = errors;
    }

    static ValidationResult valid(Experiment experiment) {
        return new ValidationResult(experiment, Collections.emptyList());
    }

    static ValidationResult invalid(List<ValidationError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("errors must not be empty for an invalid result");
        }
        return new ValidationResult(null, Collections.unmodifiableList(new ArrayList<>(errors)));
    }

    /** Whether the document is a valid experiment. */
    public boolean isValid() {
        return experiment != null;
    }

    /**
     * The experiment of a valid document.
     *
     * @throws IllegalStateException if the document is invalid
     */
    public Experiment getExperiment() {
        if (experiment == null) {
            throw new IllegalStateException("the document is invalid: " + errors.get(0));
        }
        return experiment;
    }

    /** The errors in document order, at most {@value ExperimentLimits#MAX_ERRORS} plus a note; empty if valid. */
    public List<ValidationError> getErrors() {
        return errors;
    }

}
