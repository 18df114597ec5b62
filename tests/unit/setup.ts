// An in-memory IndexedDB (fake-indexeddb). Test files share their worker's modules (vite.config.ts:
// isolate false), so each test opens a database of its own name.
import 'fake-indexeddb/auto';
