package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.testing.Documents;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentServiceTest {
  @TempDir
  Path data;
  private SqliteStore store;
  private ExperimentService service;
  private final ExperimentValidator validator = new EngineExperimentValidator();

  @BeforeEach
  void open() {
    store = SqliteStore.open(data);
    service = new ExperimentService(store, validator, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theIdIsTheStartOfTheBase32Sha256OfTheCanonicalDocument() throws Exception {
    SaveOutcome saved = service.save(Documents.FUNCTION);
    String canonical = validator.validate(Documents.FUNCTION).canonicalJson();
    assertEquals(ExperimentIds.fullAddress(canonical).substring(0, ExperimentIds.SHORT_LENGTH),
        saved.id());
    assertTrue(saved.created());
  }

  @Test
  void savingTheSameContentAgainCreatesNothing() throws Exception {
    String first = service.save(Documents.FUNCTION).id();
    SaveOutcome again = service.save(Documents.FUNCTION.replace("[3]", "[3.0]"));
    assertEquals(first, again.id(), "3 and 3.0 are the same number in canonical form");
    assertFalse(again.created());
  }

  @Test
  void aShortIdTakenByOtherContentMakesTheNewDocumentUseALongerPrefixOfItsHash()
      throws Exception {
    String canonical = validator.validate(Documents.FUNCTION).canonicalJson();
    String address = ExperimentIds.fullAddress(canonical);
    String shortId = address.substring(0, ExperimentIds.SHORT_LENGTH);
    store.insertIfAbsent(new StoredExperiment(shortId, "{\"other\":true}", "network", null, null, 1));

    SaveOutcome saved = service.save(Documents.FUNCTION);
    assertEquals(address.substring(0, ExperimentIds.SHORT_LENGTH + 1), saved.id());
    assertEquals(canonical, service.find(saved.id()).orElseThrow().document());
    assertEquals("{\"other\":true}", service.find(shortId).orElseThrow().document());
    assertEquals(saved.id(), service.save(Documents.FUNCTION).id(), "and finds it again");
  }

  @Test
  void invalidDocumentsStoreNothing() {
    InvalidExperimentException error = assertThrows(InvalidExperimentException.class,
        () -> service.save(Documents.FUNCTION.replace("\"sgd\"", "\"sgdd\"")));
    assertEquals("optimizers[0].optimizer", error.errors().get(0).field());
  }

  @Test
  void malformedJsonReportsLineAndColumn() {
    InvalidExperimentException error = assertThrows(InvalidExperimentException.class,
        () -> service.save("{\"a\": NaN}"));
    assertTrue(error.isMalformedJson());
    assertEquals(1, error.line());
    assertEquals(7, error.column());
  }

  @Test
  void idsThatCannotBeIdsAreNotLookedUp() {
    assertTrue(service.find("'; DROP TABLE experiments; --").isEmpty());
    assertTrue(service.find("").isEmpty());
  }
}
