package descent.engine.optim;

/** One flat state array per parameter slot, allocated at the slot's first use, zero-filled. */
final class SlotArrays {
  private double[][] arrays = new double[8][];

  /** The state array of the slot, of the given length. */
  double[] get(int slot, int length) {
    if (slot >= arrays.length) {
      double[][] grown = new double[Math.max(slot + 1, 2 * arrays.length)][];
      System.arraycopy(arrays, 0, grown, 0, arrays.length);
      arrays = grown;
    }
    double[] array = arrays[slot];
    if (array == null) {
      array = new double[length];
      arrays[slot] = array;
    } else if (array.length != length) {
      throw new IllegalArgumentException("slot " + slot + " holds " + array.length
          + " parameters but was given " + length);
    }
    return array;
  }
}
