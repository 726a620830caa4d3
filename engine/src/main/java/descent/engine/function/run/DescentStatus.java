package descent.engine.function.run;

/** Where a descent run stands; {@link #id()} is the short name the page shows. */
public enum DescentStatus {
    /** Still going: more steps can be taken. */
    RUNNING("running"),
    /** |gradient| fell below the tolerance: a stationary point (usually a minimum) was reached. */
    CONVERGED("converged"),
    /** The point or value ran off to infinity or stopped being a number. */
    DIVERGED("diverged"),
    /** The point keeps bouncing with an amplitude that does not shrink. */
    OSCILLATING("oscillating"),
    /** The step limit was reached before any other outcome. */
    MAX_STEPS("max-steps");

    private final String id;

    DescentStatus(String id) {
        this.id = id;
    }

    /** "running", "converged", "diverged", "oscillating" or "max-steps". */
    public String id() {
        return id;
    }

    /** True for every status except {@link #RUNNING}. */
    public boolean isFinished() {
        return this != RUNNING;
    }
}
