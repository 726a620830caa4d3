package descent.engine.experiment;

import java.util.ArrayList;
import java.util.List;

/** Gathers validation errors, keeping the first {@link ExperimentLimits#MAX_ERRORS} but counting all. */
final class ErrorCollector {

    private final List<ValidationError> errors = new ArrayList<>();
    private int count;

    void add(String field, String message) {
        count++;
        if (errors.size() < ExperimentLimits.MAX_ERRORS) {
            errors.add(new ValidationError(field, message));
        }
    }

    /** All errors found so far, including those beyond the cap; readers compare it to see if a part was valid. */
    int count() {
        return count;
    }

    List<ValidationError> toList() {
        List<ValidationError> list = new ArrayList<>(errors);
        if (count > errors.size()) {
            list.add(new ValidationError(ValidationError.DOCUMENT,
                    "too many errors: " + count + " found, the first " + errors.size() + " are listed"));
        }
        return list;
    }
}
