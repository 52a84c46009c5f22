// Which shape a value has and which schema version it claims. Accepted: the exported
// envelope {type, version, document}, and a bare document (what IndexedDB and templates
// hold). Anything else with a "type" is some other app's file.
import { isRawObject, own, type RawObject } from '../raw-object';
import { FILE_TYPE } from '../types';
import { refuse, type Refusal } from './refusals';

export type Unwrapped = { ok: true; raw: RawObject; version: number };

/** The raw document inside `input` and its one agreed version, or why there is none. */
export function unwrapEnvelope(input: unknown, target: number): Unwrapped | Refusal {
  if (!isRawObject(input)) return refuse('not-an-object', input);
  let raw: RawObject;
  let envelopeVersion: unknown;
  const type = own(input, 'type');
  if (type !== undefined) {
    if (type !== FILE_TYPE) return refuse('foreign-type', type);
    const document = own(input, 'document');
    if (!isRawObject(document)) return refuse('no-document');
    raw = document;
    envelopeVersion = own(input, 'version');
  } else if (own(input, 'nodes') !== undefined || own(input, 'schemaVersion') !== undefined) {
    raw = input;
  } else {
    return refuse('no-board-fields');
  }
  const version = resolveVersion(envelopeVersion, own(raw, 'schemaVersion'), target);
  return typeof version === 'number' ? { ok: true, raw, version } : version;
}

function resolveVersion(envelopeVersion: unknown, documentVersion: unknown, target: number): number | Refusal {
  const present = [envelopeVersion, documentVersion].filter((v) => v !== undefined);
  if (present.length === 0) return refuse('no-version');
  for (const v of present) {
    if (typeof v !== 'number' || !Number.isInteger(v)) return refuse('version-not-whole', v);
  }
  const versions = present as number[];
  const newest = Math.max(...versions);
  if (newest > target) return refuse('newer-schema', newest, target);
  if (versions.length === 2 && versions[0] !== versions[1]) return refuse('versions-disagree', versions[0], versions[1]);
  return versions[0];
}
