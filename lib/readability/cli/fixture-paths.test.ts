import { describe, expect, it } from 'vitest';
import { fixturePaths } from './fixture-paths';

describe('fixturePaths', () => {
  const paths = fixturePaths();

  it('names the invented pages, courses and publications of tests/fixtures', () => {
    expect(paths).toContain('/indsatser/kun-paa-dansk');
    expect(paths).toContain('/kurser/eksempel-samtaletraening');
    expect(paths).toContain('/viden/eksempel-podcast-om-infohuse');
  });

  it('does not name real content', () => {
    for (const path of ['/', '/for-kommuner', '/kurser/grundkursus-for-infohus-tovholdere', '/viden/sagsgang-psykiatrien']) {
      expect(paths).not.toContain(path);
    }
  });
});
