package descent.engine.experiment;

/** A choice in the experiment format, written in documents by its fixed JSON name. */
public interface JsonName {

    /** The name used in experiment documents, e.g. "leaky-relu". */
    String jsonName();
}
