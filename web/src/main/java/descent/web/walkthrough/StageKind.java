package descent.web.walkthrough;

/** What one stage of the walkthrough shows; {@link #id()} is the name the page keys on. */
enum StageKind {
  /** The example's input x and target y. */
  INPUT("input"),
  /** z_l = a_{l-1} W_l + b_l of one layer. */
  WEIGHTED_SUM("weighted-sum"),
  /** a_l = f(z_l) of one layer. */
  ACTIVATION("activation"),
  /** The loss J of the example. */
  LOSS("loss"),
  /** dJ/dz of the output layer, fused from the loss (a - y for softmax with cross-entropy). */
  OUTPUT_DELTA("output-delta"),
  /** dJ/dW_l = a_{l-1}^T delta_l and dJ/db_l = delta_l of one layer. */
  GRADIENTS("gradients"),
  /** dJ/da_l = delta_{l+1} W_{l+1}^T of a hidden layer: the article's delta_l. */
  UPSTREAM("upstream"),
  /** dJ/dz_l = dJ/da_l * f'(z_l) of a hidden layer: what the article's code calls dZ. */
  HIDDEN_DELTA("hidden-delta"),
  /** w <- w - alpha dJ/dw for every weight and bias. */
  UPDATE("update");

  private final String id;

  StageKind(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
