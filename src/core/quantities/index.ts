export type { Quantity, QuantityKind, QuantityDate, Hedge } from "./types";
export { extractQuantities } from "./parse";
export { sameQuantity } from "./compare";
export { formatQuantity } from "./format";
export { normalizeQuantity } from "./normalize";
