import type { AnalysisContext } from '../analysis-context';
import { costRollupOf } from '../cost-rollup';
import type { Finding } from '../types';
import { count, listNames, uniqueIds, usd } from '../wording';

export function evaluateCost(ctx: AnalysisContext): Finding {
  const rollup = costRollupOf(ctx);
  if (rollup.costableCount === 0) {
    return {
      ruleId: 'cost',
      status: 'fail',
      message: 'Nothing to cost yet: add compute and storage components with a monthly cost estimate.',
      nodeIds: [],
    };
  }
  const missing = rollup.missingCost;
  const gpus = rollup.gpuWithoutSavings;
  const noneCosted = missing.length === rollup.costableCount;
  const problems: string[] = [];
  if (noneCosted) {
    // Suggested costs count for nothing: only a cost someone accepted or typed is stored.
    problems.push(`No component has a cost yet: accept or type one for ${listNames(missing.map((m) => m.label))}.`);
  } else {
    problems.push(`Estimated total ${usd(rollup.totalUsd)}/month.`);
    if (missing.length > 0) problems.push(`No monthly cost chosen yet for ${listNames(missing.map((m) => m.label))}: accept the suggestion or type one.`);
  }
  if (gpus.length > 0) {
    const it = gpus.length === 1 ? 'it' : 'them';
    problems.push(
      `${listNames(gpus.map((g) => g.label))} ${gpus.length === 1 ? 'neither autoscales nor uses' : 'neither autoscale nor use'} spot: idle GPUs are the most expensive line — tag ${it} autoscaling or spot, or attach an autoscaler.`,
    );
  }
  if (missing.length === 0 && gpus.length === 0) {
    const biggest = rollup.top[0] ? `; largest: ${rollup.top[0].label} (${usd(rollup.top[0].monthlyCostUsd)})` : '';
    return {
      ruleId: 'cost',
      status: 'pass',
      message: `Estimated total ${usd(rollup.totalUsd)}/month; ${rollup.costableCount === 1 ? 'the only compute or storage component is' : `all ${count(rollup.costableCount, 'compute and storage component')}`} costed${biggest}.`,
      nodeIds: [],
    };
  }
  return {
    ruleId: 'cost',
    status: noneCosted ? 'fail' : 'partial',
    message: problems.join(' '),
    nodeIds: uniqueIds([...missing.map((m) => m.nodeId), ...gpus.map((g) => g.nodeId)]),
  };
}
