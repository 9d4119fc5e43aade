import { describe, expect, it } from 'vitest';
import { firstOpenStep, nextStep, previousStep, relevantAnswers, relevantQuestions } from './flow';
import { questionForSegment, questionIds, questionSegments } from './questions';

describe('relevantQuestions', () => {
  it('asks only about danger until it is answered no', () => {
    expect(relevantQuestions({})).toEqual(['danger']);
    expect(relevantQuestions({ danger: 'yes', topic: 'person', role: 'school' })).toEqual(['danger']);
  });

  it('asks who you are, the age and the municipality for a concern about a person', () => {
    expect(relevantQuestions({ danger: 'no', topic: 'person' })).toEqual(['danger', 'topic', 'role', 'age', 'municipality']);
  });

  it('asks only for the municipality when the concern is about yourself', () => {
    expect(relevantQuestions({ danger: 'no', topic: 'self' })).toEqual(['danger', 'topic', 'municipality']);
  });

  it('asks nothing more about online content or a hate crime', () => {
    expect(relevantQuestions({ danger: 'no', topic: 'online' })).toEqual(['danger', 'topic']);
    expect(relevantQuestions({ danger: 'no', topic: 'hate' })).toEqual(['danger', 'topic']);
  });
});

describe('moving between steps', () => {
  const person = { danger: 'no', topic: 'person', role: 'relative', age: 'adult', municipality: 'aarhus' } as const;

  it('goes straight to the result when someone is in danger', () => {
    expect(nextStep('danger', { danger: 'yes' })).toBe('result');
  });

  it('walks a concern about a person question by question', () => {
    expect(nextStep('danger', person)).toBe('topic');
    expect(nextStep('topic', person)).toBe('role');
    expect(nextStep('role', person)).toBe('age');
    expect(nextStep('age', person)).toBe('municipality');
    expect(nextStep('municipality', person)).toBe('result');
  });

  it('leads back the same way, and from the first question to the start page', () => {
    expect(previousStep('result', person)).toBe('municipality');
    expect(previousStep('municipality', person)).toBe('age');
    expect(previousStep('topic', person)).toBe('danger');
    expect(previousStep('danger', person)).toBeUndefined();
    expect(previousStep('result', { danger: 'yes' })).toBe('danger');
    expect(previousStep('municipality', { danger: 'no', topic: 'self' })).toBe('topic');
  });

  it('after a changed answer, follows the new path even if later answers are left over', () => {
    const changed = { ...person, topic: 'online' } as const;
    expect(nextStep('topic', changed)).toBe('result');
    expect(relevantAnswers(changed)).toEqual({ danger: 'no', topic: 'online' });
  });

  it('sends a question that does not belong to the answers to the first open one', () => {
    expect(nextStep('role', { danger: 'no', topic: 'hate' })).toBe('result');
    expect(nextStep('age', { danger: 'no' })).toBe('topic');
  });

  it('finds the first open question', () => {
    expect(firstOpenStep({})).toBe('danger');
    expect(firstOpenStep({ danger: 'no', topic: 'person', role: 'school' })).toBe('age');
    expect(firstOpenStep(person)).toBe('result');
  });
});

describe('URL segments', () => {
  it('has a distinct segment for every question, found again from the segment', () => {
    const segments = questionIds.map((id) => questionSegments[id]);
    expect(new Set(segments).size).toBe(questionIds.length);
    for (const id of questionIds) expect(questionForSegment(questionSegments[id])).toBe(id);
    expect(questionForSegment('resultat')).toBeUndefined();
    expect(questionForSegment('find-infohus')).toBeUndefined();
  });
});
