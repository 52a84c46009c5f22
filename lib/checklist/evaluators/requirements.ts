import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { listNames } from '../wording';

const NON_FUNCTIONAL = /non[-\s]?functional|\bNFRs?\b/i;
// "functional" on its own, once the non-functional mentions are taken out.
const FUNCTIONAL = /\bfunctional\b|\bFRs?\b/i;
// A number with a unit: 200 ms, 5k QPS, 99.9%, 100M items, 2 TB, 10x.
const NUMBER_WITH_UNIT =
  /\d[\d,.]*\s*(?:%|(?:ms|s|sec|secs|seconds?|min|minutes?|h|hours?|days?|qps|rps|tps|rpm|req\/s|requests?|k|m|b|bn|kb|mb|gb|tb|pb|dau|mau|users?|items?|tenants?|x)(?![a-z]))/i;

export function evaluateRequirements(ctx: AnalysisContext): Finding {
  // Candidates write requirements in the board notes or on a sticky note on the canvas.
  const notes = ctx.withRole('note');
  const text = [ctx.doc.notes, ...notes.map((n) => `${n.label}\n${n.notes}`)].join('\n');
  const hasNonFunctional = NON_FUNCTIONAL.test(text);
  const hasFunctional = FUNCTIONAL.test(text.replace(new RegExp(NON_FUNCTIONAL.source, 'gi'), ''));
  const hasNumbers = NUMBER_WITH_UNIT.test(text);
  const nodeIds = notes.map((n) => n.id);

  const missing = [
    !hasFunctional && 'functional requirements (what the system does)',
    !hasNonFunctional && 'non-functional requirements (latency, throughput, availability)',
    !hasNumbers && 'numbers with units (e.g. p99 < 200 ms, 5k QPS, 99.9% availability)',
  ].filter((m): m is string => !!m);

  if (missing.length === 0) {
    return { ruleId: 'requirements', status: 'pass', message: 'The notes state functional and non-functional requirements, with numbers.', nodeIds };
  }
  if (missing.length === 3) {
    return {
      ruleId: 'requirements',
      status: 'fail',
      message: text.trim()
        ? `The notes do not state requirements yet: add ${listNames(missing)}.`
        : 'No requirements yet: write the functional and non-functional requirements, with numbers (p99 latency, QPS, data size), in the board notes.',
      nodeIds,
    };
  }
  return { ruleId: 'requirements', status: 'partial', message: `The notes are missing ${listNames(missing)}.`, nodeIds };
}
