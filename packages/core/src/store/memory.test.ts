import { MemoryStore } from './memory.ts';
import { describeStoreContract } from './store.suite.ts';

describeStoreContract('MemoryStore', () => new MemoryStore());
