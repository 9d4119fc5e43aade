import { describe, expect, it } from 'vitest';
import { type Answers } from './questions';
import { decideQuestion, decideResult, type OpenToken, readGuideParams } from './steps';

/** Tokens in these tests are JSON, so the decisions can be tested apart from the sealing. */
const open: OpenToken = (token) => {
  if (token === 'old') return { status: 'expired' };
  try {
    return { status: 'ok', answers: JSON.parse(token) as Answers };
  } catch {
    return { status: 'invalid' };
  }
};
const token = (answers: Answers) => JSON.stringify(answers);

describe('readGuideParams', () => {
  it('reads the state, the answer and the button', () => {
    expect(readGuideParams({ s: 'abc', svar: 'def', fortsaet: '' })).toEqual({ state: 'abc', answer: 'def', submitted: true });
  });

  it('ignores empty, repeated and unknown parameters', () => {
    expect(readGuideParams({ s: '', svar: ['a', 'b'], danger: 'yes' })).toEqual({
      state: undefined,
      answer: undefined,
      submitted: false,
    });
  });
});

describe('decideQuestion', () => {
  it('shows the first question to someone who just arrived', () => {
    expect(decideQuestion('danger', { submitted: false }, open)).toEqual({ kind: 'show', answers: {}, error: false });
  });

  it('moves on to the next question once an answer is chosen', () => {
    const chosen = token({ danger: 'no' });
    expect(decideQuestion('danger', { answer: chosen, submitted: true }, open)).toEqual({
      kind: 'go',
      step: 'topic',
      answers: { danger: 'no' },
    });
  });

  it('goes to the result at once when someone is in danger', () => {
    expect(decideQuestion('danger', { answer: token({ danger: 'yes' }), submitted: true }, open)).toMatchObject({
      kind: 'go',
      step: 'result',
    });
  });

  it('shows an error, keeping the answers, when Fortsæt is pressed without a choice', () => {
    const state = token({ danger: 'no' });
    expect(decideQuestion('topic', { state, submitted: true }, open)).toEqual({ kind: 'show', answers: { danger: 'no' }, error: true });
  });

  it('shows an error when the chosen token holds no answer to this question', () => {
    const state = token({ danger: 'no' });
    expect(decideQuestion('topic', { state, answer: token({ danger: 'no' }), submitted: true }, open)).toMatchObject({
      kind: 'show',
      error: true,
    });
  });

  it('offers to start over when the answers are too old or unreadable', () => {
    expect(decideQuestion('topic', { state: 'old', submitted: false }, open)).toEqual({ kind: 'expired' });
    expect(decideQuestion('topic', { state: 'junk{', submitted: false }, open)).toEqual({ kind: 'expired' });
    expect(decideQuestion('danger', { answer: 'old', submitted: true }, open)).toEqual({ kind: 'expired' });
  });

  it('shows an earlier question again with its answer, for the Tilbage link', () => {
    const state = token({ danger: 'no', topic: 'person', role: 'school' });
    expect(decideQuestion('topic', { state, submitted: false }, open)).toEqual({
      kind: 'show',
      answers: { danger: 'no', topic: 'person', role: 'school' },
      error: false,
    });
  });

  it('sends a question asked out of turn to the question that is due', () => {
    expect(decideQuestion('role', { submitted: false }, open)).toEqual({ kind: 'go', step: 'danger', answers: {} });
    const hate = token({ danger: 'no', topic: 'hate' });
    expect(decideQuestion('age', { state: hate, submitted: false }, open)).toMatchObject({ kind: 'go', step: 'result' });
    const noRole = token({ danger: 'no', topic: 'person' });
    expect(decideQuestion('municipality', { state: noRole, submitted: false }, open)).toMatchObject({ kind: 'go', step: 'role' });
  });
});

describe('decideResult', () => {
  it('shows the result when every relevant question is answered', () => {
    const answers: Answers = { danger: 'no', topic: 'online' };
    expect(decideResult({ state: token(answers), submitted: false }, open)).toEqual({ kind: 'show', answers, error: false });
  });

  it('asks what is missing, or starts the guide when nothing is known', () => {
    expect(decideResult({ submitted: false }, open)).toEqual({ kind: 'go', step: 'danger', answers: {} });
    expect(decideResult({ state: token({ danger: 'no', topic: 'self' }), submitted: false }, open)).toMatchObject({
      kind: 'go',
      step: 'municipality',
    });
  });

  it('offers to start over when the answers have expired', () => {
    expect(decideResult({ state: 'old', submitted: false }, open)).toEqual({ kind: 'expired' });
  });
});
