/**
 * `npm run kb -- link-expert`: adds each expert record that has no entry yet
 * to assets/kb/expert/links.json (see lib/expert/link.ts for the rule).
 * Reviewed entries are kept as they are; entries for files gone are dropped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { LinkTableSchema, MofDataSchema, OsaiDataSchema } from '../lib/expert/files-schema';
import { updateLinks, type LinkTable } from '../lib/expert/link';
import { serializeTable } from '../lib/expert/serialize';
import { EntitySchema } from '../lib/kb/schema';
import { readSeedFiles } from './kb-files';
import { EXPERT_DIR } from './expert-import';

export function runLinkExpert(root: string): string {
  const read = (name: string) => JSON.parse(readFileSync(join(root, EXPERT_DIR, name), 'utf8')) as unknown;
  const osai = v.parse(OsaiDataSchema, read('osai.json'));
  const mof = v.parse(MofDataSchema, read('mof.json'));
  const linksPath = join(root, EXPERT_DIR, 'links.json');
  const existing: LinkTable = existsSync(linksPath) ? v.parse(LinkTableSchema, read('links.json')) : { osai: {}, mof: {} };
  const entities = readSeedFiles(root).entityFiles.flatMap((f) => {
    const parsed = v.safeParse(EntitySchema, f.data);
    return parsed.success ? [parsed.output] : [];
  });
  const links = updateLinks(entities, osai.records, mof.records, existing);
  writeFileSync(linksPath, serializeTable(links as unknown as Record<string, Record<string, string>>));
  const added = Object.keys(links.osai).length + Object.keys(links.mof).length - Object.keys(existing.osai).length - Object.keys(existing.mof).length;
  return `${join(EXPERT_DIR, 'links.json')}: ${Object.keys(links.osai).length} Index and ${Object.keys(links.mof).length} MOF links (${added >= 0 ? '+' : ''}${added})`;
}
