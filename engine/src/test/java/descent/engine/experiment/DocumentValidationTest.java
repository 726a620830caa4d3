package descent.engine.experiment;

import descent.engine.json.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static descent.engine.experiment.Documents.NETWORK_EXAMPLE;
import static descent.engine.experiment.Documents.errors;
import static descent.engine.experiment.Documents.with;
import static descent.engine.experiment.Documents.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on the document as a whole: size, syntax, version and kind. */
class DocumentValidationTest {

    @Test
    void schemaVersionTwoIsRejectedWithAClearMessageAndNothingElse() {
        assertEquals(Arrays.asList("schemaVersion: unsupported version 2; this validator reads version 1"),
                errors(with(with(NETWORK_EXAMPLE, "schemaVersion", "2"), "seed", "-5")));
    }

    @Test
    void anAbsurdSchemaVersionIsQuotedAsWritten() {
        assertEquals(Arrays.asList("schemaVersion: unsupported version 1e300; this validator reads version 1"),
                errors(NETWORK_EXAMPLE.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1e300,")));
    }

    @Test
    void schemaVersionIsRequiredAndMustBeAnInteger() {
        assertEquals(Arrays.asList("schemaVersion: is required"), errors(without(NETWORK_EXAMPLE, "schemaVersion")));
        assertEquals(Arrays.asList("schemaVersion: must be a number"), errors(with(NETWORK_EXAMPLE, "schemaVersion", "'1'")));
        assertEquals(Arrays.asList("schemaVersion: must be an integer (was 1.5)"), errors(with(NETWORK_EXAMPLE, "schemaVersion", "1.5")));
    }

    @Test
    void schemaVersionOneMayBeWrittenAsOnePointZero() {
        assertTrue(ExperimentValidator.validate(with(NETWORK_EXAMPLE, "schemaVersion", "1.0")).isValid());
    }

    @Test
    void theKindIsRequiredAndKnown() {
        assertEquals(Arrays.asList("kind: is required"), errors(without(NETWORK_EXAMPLE, "kind")));
        assertEquals(Arrays.asList("kind: must be one of: network, function (was 'model')"), errors(with(NETWORK_EXAMPLE, "kind", "'model'")));
    }

    @Test
    void aJsonSyntaxErrorIsReportedForTheDocumentWithLineAndColumn() {
        assertEquals(Arrays.asList("(document): line 2, column 10: expected ':', found '1'"),
                errors("{\"schemaVersion\": 1,\n  \"kind\" 1}"));
    }

    @Test
    void duplicateKeysAreASyntaxError() {
        assertEquals(Arrays.asList("(document): line 1, column 21: duplicate key 'kind'"),
                errors("{\"kind\": \"network\", \"kind\": \"function\"}"));
    }

    @Test
    void theDocumentMustBeAnObject() {
        assertEquals(Arrays.asList("(document): must be a JSON object"), errors("[1, 2]"));
        assertEquals(Arrays.asList("(document): must be a JSON object"), errors("null"));
    }

    @Test
    void anEmptyDocumentIsASyntaxError() {
        assertEquals(Arrays.asList("(document): line 1, column 1: unexpected end of input, expected a value"), errors(""));
    }

    @Test
    void theSizeLimitIsCheckedBeforeParsing() {
        String huge = "{" + NetworkFieldValidationTest.repeat(" ", ExperimentLimits.MAX_DOCUMENT_BYTES);
        assertEquals(Arrays.asList("(document): must be at most 1048576 bytes of UTF-8 (was 1048577)"), errors(huge));
    }

    @Test
    void theSizeLimitCountsUtf8BytesNotCharacters() {
        String text = NetworkFieldValidationTest.repeat("é", 600_000);
        String document = with(NETWORK_EXAMPLE, "description", "'" + text + "'");
        assertTrue(document.length() < ExperimentLimits.MAX_DOCUMENT_BYTES);
        assertTrue(errors(document).get(0).startsWith("(document): must be at most 1048576 bytes of UTF-8 (was 12"));
    }

    @Test
    void deeplyNestedInputGivesAnErrorNotAStackOverflow() {
        String deep = NetworkFieldValidationTest.repeat("[", 10_000);
        assertTrue(errors(deep).get(0).startsWith("(document): line 1, column 65: nesting is deeper than 64 levels"));
    }

    @Test
    void anAlreadyParsedTreeCanBeValidated() {
        assertTrue(ExperimentValidator.validate(JsonParser.parse(NETWORK_EXAMPLE)).isValid());
    }

    @Test
    void anInvalidResultHasNoExperiment() {
        ValidationResult result = ExperimentValidator.validate("{}");
        assertFalse(result.isValid());
        IllegalStateException error = assertThrows(IllegalStateException.class, result::getExperiment);
        assertEquals("the document is invalid: schemaVersion: is required", error.getMessage());
    }

    @Test
    void nullInputIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ExperimentValidator.validate((String) null));
    }

    @Test
    void aValidationErrorSeparatesFieldAndMessage() {
        ValidationError error = ExperimentValidator.validate(with(NETWORK_EXAMPLE, "training.epochs", "0")).getErrors().get(0);
        assertEquals("training.epochs", error.getField());
        assertEquals("must be between 1 and 1000000 (was 0)", error.getMessage());
    }
}
