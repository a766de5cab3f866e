// How the article's "nearly 40%" is read. Its own module: the dashboard's controls need the
// default before (and without) loading the metric code.

/** Default reading of "nearly 40%": a growth rate from 37.5% up to 40%. */
export const NEARLY_FORTY_LOW_PCT = 37.5;
