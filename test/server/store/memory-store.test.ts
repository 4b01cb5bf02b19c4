// The store contract against the in-memory store.
import {MemoryStore} from '../../../source/server/store/memory.js';
import {SyncStoreAdapter} from '../../../source/server/store/sync-adapter.js';
import {storeContract} from './contract-suite.js';

storeContract('MemoryStore', () => new SyncStoreAdapter(new MemoryStore()));
