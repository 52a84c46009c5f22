export * from './types';
export { createMemoryBoardStore } from './memory-store';
export { openIndexedDbBoardStore, classifyStorageError, DEFAULT_DB_NAME, type IndexedDbStoreOptions } from './indexeddb-store';
export { openBoardStore, type OpenedBoardStore } from './open-board-store';
export { createAutosaver, createRevisionTrackingSave, type Autosaver, type AutosaverOptions, type AutosaveStatus } from './autosaver';
export { createBoardChannel, DEFAULT_CHANNEL_NAME, type BoardChannel, type BoardSavedMessage } from './board-channel';
export { loadDocumentParser, type DocumentParser } from './document-parser';
export { createBoardSession, type BoardSession, type BoardSessionDeps, type BoardSessionState, type BoardEditorPort, type IncomingBoard, type SaveState, type SessionNotices } from './board-session';
export { beginStartup, readLastBoard, type LastBoardRead, type Startup, type StartupDeps } from './startup';
