'use client';
// The "Design checklist" region: the rubric of lib/checklist applied to the board, live.
// Thin on purpose: every judgement is made by the pure rules; this only shows them.
import { useId, useState } from 'react';
import { getRule, type CostRollup, type Finding } from '@/lib/checklist';
import { formatMonthlyCost } from '@/lib/model/format';
import { StatusIcon } from './status-icon';
import { useBoardReview } from './use-checklist';
import { useFocusNodes } from '@/components/editor/use-focus-nodes';
import './checklist.css';

export function ChecklistPanel() {
  const { checklist, cost, doc } = useBoardReview();
  const focusNodes = useFocusNodes();
  const [showAllOnEmpty, setShowAllOnEmpty] = useState(false);
  const listId = useId();
  const { passed, applicable } = checklist.score;
  // The four concerns of the brief (caching, monitoring, failure modes, cost) come first.
  const core = checklist.findings.filter((f) => getRule(f.ruleId).core);
  const rest = checklist.findings.filter((f) => !getRule(f.ruleId).core);
  const empty = doc.nodes.length === 0;
  return (
    <section className="panel-section checklist" aria-label="Design checklist">
      <div className="checklist-header">
        <h2>Design checklist</h2>
        <span className="checklist-score" aria-label={`Score: ${passed} of ${applicable} applicable rules pass`}>
          <strong>
            {passed}/{applicable}
          </strong>{' '}
          applicable rules pass
        </span>
      </div>
      <meter className="checklist-meter" min={0} max={Math.max(applicable, 1)} value={passed} aria-hidden="true" />
      {empty && <EmptyBoardSummary core={core} restCount={rest.length} listId={listId} showAll={showAllOnEmpty} onToggle={() => setShowAllOnEmpty((v) => !v)} />}
      {/* On an empty board the rules stay in the page (each with its status), folded under the summary. */}
      <div id={listId} hidden={empty && !showAllOnEmpty}>
        <h3 className="checklist-group-title">Core concerns</h3>
        <ul className="checklist-list checklist-core">
          {core.map((f) => (
            <FindingItem key={f.ruleId} finding={f} onFocusNodes={focusNodes} />
          ))}
        </ul>
        <h3 className="checklist-group-title">The rest of a good answer</h3>
        <ul className="checklist-list">
          {rest.map((f) => (
            <FindingItem key={f.ruleId} finding={f} onFocusNodes={focusNodes} />
          ))}
        </ul>
        <CostSection cost={cost} onFocusNodes={focusNodes} />
      </div>
    </section>
  );
}

interface EmptyBoardSummaryProps {
  core: readonly Finding[];
  restCount: number;
  listId: string;
  showAll: boolean;
  onToggle: () => void;
}

/** One sentence instead of a column of failures nobody has had the chance to fix yet. */
function EmptyBoardSummary({ core, restCount, listId, showAll, onToggle }: EmptyBoardSummaryProps) {
  const names = core.map((f) => getRule(f.ruleId).title.toLowerCase());
  return (
    <div className="checklist-empty">
      <p>
        Add components to get a review: the checklist checks {names.join(', ')}
        {restCount > 0 ? ` and ${restCount} more` : ''}.
      </p>
      <button type="button" className="checklist-show-all" aria-expanded={showAll} aria-controls={listId} onClick={onToggle}>
        {showAll ? 'Hide the rules' : 'Show all rules'}
      </button>
    </div>
  );
}

interface FindingItemProps {
  finding: Finding;
  onFocusNodes: (ids: readonly string[]) => void;
}

function FindingItem({ finding, onFocusNodes }: FindingItemProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const rule = getRule(finding.ruleId);
  const canFocus = finding.nodeIds.length > 0;
  return (
    // The whole card zooms to the components for the mouse; the message button does it from the keyboard.
    <li
      className={`checklist-item is-${finding.status === 'n/a' ? 'na' : finding.status}${canFocus ? ' is-focusable' : ''}`}
      data-rule={finding.ruleId}
      data-status={finding.status}
      onClick={(e) => {
        if (canFocus && !(e.target as Element).closest('button, .checklist-details')) onFocusNodes(finding.nodeIds);
      }}
    >
      <div className="checklist-item-head">
        <StatusIcon status={finding.status} />
        <span className="checklist-item-title">{rule.title}</span>
        <button
          type="button"
          className="checklist-disclosure"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={`Why ${rule.title} matters`}
          title="What is checked and why it matters"
          onClick={() => setOpen((o) => !o)}
        >
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path d={open ? 'M2.5 4.5L6 8l3.5-3.5' : 'M4.5 2.5L8 6l-3.5 3.5'} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {canFocus ? (
        <button
          type="button"
          className="checklist-message is-focusable"
          title="Select and zoom to the components involved"
          onClick={() => onFocusNodes(finding.nodeIds)}
        >
          {finding.message}
        </button>
      ) : (
        <p className="checklist-message">{finding.message}</p>
      )}
      {open && (
        <div className="checklist-details" id={detailsId}>
          <p>
            <strong>Why it matters:</strong> {rule.whyItMatters}
          </p>
          <dl>
            <dt>Pass</dt>
            <dd>{rule.passWhen}</dd>
            <dt>Partial</dt>
            <dd>{rule.partialWhen}</dd>
            <dt>Fail</dt>
            <dd>{rule.failWhen}</dd>
          </dl>
        </div>
      )}
    </li>
  );
}

function CostSection({ cost, onFocusNodes }: { cost: CostRollup; onFocusNodes: (ids: readonly string[]) => void }) {
  const biggestCategory = cost.byCategory[0]?.totalUsd ?? 0;
  return (
    <section className="checklist-cost" aria-label="Cost roll-up">
      <h3 className="checklist-group-title">Monthly cost</h3>
      <p className="checklist-cost-total">
        <span>Estimated total</span> <strong data-testid="cost-total">{formatMonthlyCost(cost.totalUsd)}</strong>
      </p>
      {cost.byCategory.length > 0 && (
        <>
          <h4>By category</h4>
          <ul className="cost-categories">
            {cost.byCategory.map((c) => (
              <li key={c.category}>
                <span className="cost-name">{c.label}</span>
                <span className="cost-bar" aria-hidden="true">
                  <span style={{ width: `${biggestCategory ? (100 * c.totalUsd) / biggestCategory : 0}%` }} />
                </span>
                <span className="cost-amount">{formatMonthlyCost(c.totalUsd)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {cost.top.length > 0 && (
        <>
          <h4>Most expensive</h4>
          <ol className="cost-top">
            {cost.top.map((line) => (
              <li key={line.nodeId}>
                <button type="button" className="cost-link" onClick={() => onFocusNodes([line.nodeId])} title="Select and zoom to it">
                  {line.label}
                </button>
                <span className="cost-amount">{formatMonthlyCost(line.monthlyCostUsd)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {cost.gpuWithoutSavings.length > 0 && (
        <div className="cost-warning">
          <StatusIcon status="partial" text="Warning" />
          <span>
            GPU {cost.gpuWithoutSavings.length === 1 ? 'component' : 'components'} that neither autoscale nor use spot:{' '}
            {cost.gpuWithoutSavings.map((g, i) => (
              <span key={g.nodeId}>
                {i > 0 && ', '}
                <button type="button" className="cost-link" onClick={() => onFocusNodes([g.nodeId])}>
                  {g.label}
                </button>
              </span>
            ))}
            . Idle GPUs are the most expensive line: tag them autoscaling or spot, or attach an autoscaler.
          </span>
        </div>
      )}
      {cost.missingCost.length > 0 && (
        <p className="cost-missing">
          {cost.missingCost.length} of {cost.costableCount} compute and storage components have no cost estimate.
        </p>
      )}
      {cost.costableCount === 0 && <p className="cost-missing">Nothing to cost yet: add compute and storage components.</p>}
    </section>
  );
}
