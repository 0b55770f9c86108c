/**
 * A fresh, empty knowledge-base database per test (fake-indexeddb), deleted
 * afterwards, so no test sees another's data.
 */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { KbDatabase } from '../../../lib/kb/db';

let counter = 0;
const open: KbDatabase[] = [];

export function freshDb(): KbDatabase {
  const db = new KbDatabase(`openness-lens-test-${process.pid}-${++counter}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
