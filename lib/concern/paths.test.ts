import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSegments } from './paths';
import { questionSegments } from './questions';

describe('guideSegments', () => {
  it('names every page under /bekymring: a question, or a route folder of its own', () => {
    const questions = new Set(Object.values(questionSegments));
    const folders = guideSegments.filter((segment) => !questions.has(segment));
    expect([...questions].every((segment) => guideSegments.includes(segment))).toBe(true);
    expect(folders.sort()).toEqual(['find-infohus', 'resultat']);
    for (const folder of folders) {
      expect(existsSync(path.join('app', '[locale]', 'bekymring', folder, 'page.tsx')), folder).toBe(true);
    }
  });
});
