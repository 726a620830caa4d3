// One colour per optimizer, the same in the plot, the chart, the legend and the checkboxes.
// Saturated enough to read on both the light and the dark contour palette; paths also get a halo.

export const OPTIMIZER_COLORS = {
  sgd: '#e8590c',
  momentum: '#1c7ed6',
  nesterov: '#9c36b5',
  adagrad: '#2b8a3e',
  rmsprop: '#d6336c',
  adam: '#0c8599',
};
