import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateRule } from '@/lib/checklist';
import { createEmptyDocument } from '@/lib/model/document';
import { attachEstimates, composeNotes, parseNoteSections, withNoteSection, type NoteSections } from './structured-notes';
import { EXAMPLE_ESTIMATION_FORM, estimatesToNotes } from './estimation';

const empty: NoteSections = { preamble: '', functional: '', nonFunctional: '', constraints: '', estimates: '' };

describe('parseNoteSections', () => {
  it('reads free notes without headings as the preamble', () => {
    expect(parseNoteSections('just some thoughts\nand more')).toEqual({ ...empty, preamble: 'just some thoughts\nand more' });
  });

  it('splits the notes at the known headings, with or without a colon, in any case', () => {
    const notes = 'Intro\n\nfunctional requirements\n- search items\nNON-FUNCTIONAL REQUIREMENTS:\n- p99 < 200 ms\nConstraints and assumptions:\n- 20M DAU';
    expect(parseNoteSections(notes)).toEqual({
      ...empty,
      preamble: 'Intro',
      functional: '- search items',
      nonFunctional: '- p99 < 200 ms',
      constraints: '- 20M DAU',
    });
  });

  it('keeps both bodies when a heading appears twice', () => {
    const notes = 'Functional requirements:\n- a\n\nFunctional requirements:\n- b';
    expect(parseNoteSections(notes).functional).toBe('- a\n- b');
  });
});

describe('composeNotes', () => {
  it('writes sections in a fixed order and leaves empty ones out', () => {
    const notes = composeNotes({ ...empty, constraints: '- one region', functional: '- rank templates' });
    expect(notes).toBe('Functional requirements:\n- rank templates\n\nConstraints and assumptions:\n- one region');
  });

  it('round-trips exactly, trailing newlines included (a textarea mid-typing)', () => {
    const sections: NoteSections = { preamble: 'x', functional: '- a\n', nonFunctional: '- b\n\n', constraints: '', estimates: 'e\n' };
    expect(parseNoteSections(composeNotes(sections))).toEqual(sections);
  });

  it('round-trips any section text that contains no heading line', () => {
    const body = fc.string().filter((s) => !/(^|\n)\s*(functional|non-functional|constraints|back-of)/i.test(s));
    fc.assert(
      fc.property(body, body, body, body, body, (preamble, functional, nonFunctional, constraints, estimates) => {
        const sections = { preamble, functional, nonFunctional, constraints, estimates };
        expect(parseNoteSections(composeNotes(sections))).toEqual(sections);
      }),
    );
  });
});

describe('withNoteSection and attachEstimates', () => {
  it('replaces one section and keeps the rest', () => {
    const notes = 'Keep me\n\nFunctional requirements:\n- a\n\nNon-functional requirements:\n- 99.9%';
    const next = withNoteSection(notes, 'functional', '- a\n- b');
    expect(parseNoteSections(next)).toEqual({ ...empty, preamble: 'Keep me', functional: '- a\n- b', nonFunctional: '- 99.9%' });
  });

  it('attaches the worksheet once; attaching again replaces it', () => {
    const text = estimatesToNotes(EXAMPLE_ESTIMATION_FORM);
    const once = attachEstimates('Functional requirements:\n- a', text);
    expect(once).toContain('Back-of-envelope estimates:\n- Traffic: 20M DAU');
    const twice = attachEstimates(once, estimatesToNotes({ ...EXAMPLE_ESTIMATION_FORM, dailyActiveUsers: '1M' }));
    expect(twice.match(/Back-of-envelope estimates/g)).toHaveLength(1);
    expect(twice).toContain('1M DAU');
    expect(twice).not.toContain('20M DAU');
    expect(parseNoteSections(twice).functional).toBe('- a');
  });

  it('produces notes the requirements rule accepts once all three parts are filled', () => {
    let notes = '';
    notes = withNoteSection(notes, 'functional', '- users search their items');
    notes = withNoteSection(notes, 'nonFunctional', '- p99 < 200 ms at 5k QPS');
    notes = withNoteSection(notes, 'constraints', '- 100M items');
    expect(evaluateRule({ ...createEmptyDocument(), notes }, 'requirements').status).toBe('pass');
  });
});
