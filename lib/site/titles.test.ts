import { describe, expect, test } from 'vitest';
import { documentTitle, titleTemplate } from './titles';

describe('titles', () => {
  test('a page title and the site name, as the layout template joins them', () => {
    expect(documentTitle('Søg', 'Centeret')).toBe('Søg – Centeret');
    expect(titleTemplate('Centeret').replace('%s', 'Søg')).toBe(documentTitle('Søg', 'Centeret'));
  });

  test('a title with replacement patterns in it is kept as typed', () => {
    expect(documentTitle('Søgning: $& og $1 og %s', 'Centeret')).toBe('Søgning: $& og $1 og %s – Centeret');
  });
});
