// Practice mode as pure functions: the phase framework, the session reducer, the
// estimation worksheet, the comparison with a reference, and the attempt history.
export * from './phases';
export * from './session';
export * from './estimation';
export * from './compare';
export * from './attempts';
export { parseStoredDocument, type DocumentValidator } from './document-shape';
