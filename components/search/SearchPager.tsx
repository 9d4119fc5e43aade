import { useTranslations } from 'next-intl';
import { pagerItems, searchHref } from '@/lib/search/paging';

interface SearchPagerProps {
  basePath: string;
  query: string;
  page: number;
  pageCount: number;
}

/** Links to the other pages of results; plain links, so paging works without JavaScript. */
export function SearchPager({ basePath, query, page, pageCount }: SearchPagerProps) {
  const t = useTranslations('Search.pager');
  const items = pagerItems(page, pageCount);
  if (items.length === 0) return null;
  return (
    <nav className="search-pager" aria-label={t('label')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={searchHref(basePath, query, page - 1)} rel="prev">
              {t('previous')}
            </a>
          </li>
        )}
        {items.map((item) =>
          item.kind === 'gap' ? (
            <li key={item.key} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              <a
                href={searchHref(basePath, query, item.page)}
                aria-label={t('page', { page: item.page })}
                aria-current={item.current ? 'page' : undefined}
              >
                {item.page}
              </a>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={searchHref(basePath, query, page + 1)} rel="next">
              {t('next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
