export * from "./customers";
export * from "./delivery-notes";
export * from "./dispatches";
export * from "./mail-settings";
export * from "./orders";
export * from "./products";
export * from "./tenants";
export * from "./users";
