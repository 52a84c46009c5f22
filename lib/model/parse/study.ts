// The study guide that travels with templates and practice boards: every text and list is
// restored on its own, so a broken entry costs that entry, not the guide.
import { FIELDS, isValidId } from '../field-table';
import { isRawObject, own } from '../raw-object';
import { EDGE_KINDS, type ControlLoop, type EdgeKind, type StudyGuide } from '../types';
import { restoreList, restoreText } from './fields';
import type { Repairs } from './repairs';

// A loop entry that names no valid node ids or edge kind is dropped whole (counted as a study repair).
function restoreControlLoop(entry: unknown, text: (value: unknown) => string): ControlLoop | undefined {
  if (!isRawObject(entry)) return undefined;
  const from = own(entry, 'from');
  const to = own(entry, 'to');
  const kind = own(entry, 'kind');
  if (!isValidId(from) || !isValidId(to) || typeof kind !== 'string' || !(EDGE_KINDS as readonly string[]).includes(kind)) return undefined;
  return { from, to, kind: kind as EdgeKind, why: text(own(entry, 'why')) };
}

export function restoreStudy(raw: unknown, repairs: Repairs): StudyGuide | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRawObject(raw)) {
    repairs.add('study-removed');
    return undefined;
  }
  const text = (value: unknown) => restoreText(value, FIELDS.study.text, repairs);
  const list = <T>(value: unknown, item: (entry: unknown) => T | undefined) => restoreList(value, FIELDS.study.list, repairs, item);
  const textList = (value: unknown) => list(value, (entry) => (typeof entry === 'string' ? text(entry) : undefined));
  const talking = own(raw, 'talkingPoints');
  const talkingPoints = isRawObject(talking) ? talking : {};
  if (talking !== undefined && talking !== null && !isRawObject(talking)) repairs.add(FIELDS.study.list.invalid);
  return {
    prompt: text(own(raw, 'prompt')),
    clarifyingQuestions: textList(own(raw, 'clarifyingQuestions')),
    functionalRequirements: textList(own(raw, 'functionalRequirements')),
    nonFunctionalRequirements: textList(own(raw, 'nonFunctionalRequirements')),
    estimates: list(own(raw, 'estimates'), (entry) =>
      isRawObject(entry)
        ? { label: text(own(entry, 'label')), arithmetic: text(own(entry, 'arithmetic')), result: text(own(entry, 'result')) }
        : undefined,
    ),
    failureScenarios: textList(own(raw, 'failureScenarios')),
    costNotes: textList(own(raw, 'costNotes')),
    talkingPoints: {
      requirements: textList(own(talkingPoints, 'requirements')),
      'high-level': textList(own(talkingPoints, 'high-level')),
      'deep-dive': textList(own(talkingPoints, 'deep-dive')),
      'edge-cases': textList(own(talkingPoints, 'edge-cases')),
    },
    tags: textList(own(raw, 'tags')),
    ...(own(raw, 'v1') !== undefined && { v1: textList(own(raw, 'v1')) }),
    ...(own(raw, 'ladder') !== undefined && {
      ladder: list(own(raw, 'ladder'), (step) =>
        isRawObject(step) && Array.isArray(own(step, 'add'))
          ? { add: textList(own(step, 'add')), when: text(own(step, 'when')), because: text(own(step, 'because')) }
          : undefined,
      ),
    }),
    ...(own(raw, 'controlLoops') !== undefined && { controlLoops: list(own(raw, 'controlLoops'), (entry) => restoreControlLoop(entry, text)) }),
  };
}
