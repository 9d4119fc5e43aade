import { describe, expect, it } from 'vitest';
import { pagerItems, type PagerItem, searchHref } from './paging';

const render = (items: PagerItem[]) =>
  items.map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.page}]` : `${item.page}`)).join(' ');

describe('pagerItems', () => {
  it('shows no pager for a single page', () => {
    expect(pagerItems(1, 1)).toEqual([]);
  });

  it('lists every page when there are few', () => {
    expect(render(pagerItems(2, 4))).toBe('1 [2] 3 4');
  });

  it('keeps first, last and the neighbours of the current page, with gaps between', () => {
    expect(render(pagerItems(10, 20))).toBe('1 … 8 9 [10] 11 12 … 20');
  });

  it('fills a gap of one page with that page rather than a gap sign', () => {
    expect(render(pagerItems(5, 20))).toBe('1 2 3 4 [5] 6 7 … 20');
  });

  it('handles the ends', () => {
    expect(render(pagerItems(1, 20))).toBe('[1] 2 3 … 20');
    expect(render(pagerItems(20, 20))).toBe('1 … 18 19 [20]');
  });
});

describe('searchHref', () => {
  it('encodes the query, so markup and ampersands stay inside the parameter', () => {
    expect(searchHref('/soeg', '<b>&x=1 æ')).toBe('/soeg?q=%3Cb%3E%26x%3D1+%C3%A6');
  });

  it('adds the page number from page 2', () => {
    expect(searchHref('/en/soeg', 'infohus', 1)).toBe('/en/soeg?q=infohus');
    expect(searchHref('/en/soeg', 'infohus', 3)).toBe('/en/soeg?q=infohus&page=3');
  });
});
