import type { Publication } from '@/lib/content/publications';
import { publicationSchema } from '@/lib/content/schemas/publication';

/** A publication built through the real schema, so tests see what the loader would give. */
export function makePublication(slug: string, overrides: Record<string, unknown> = {}): Publication {
  const data = publicationSchema.parse({
    type: 'report',
    title: { da: `Udgivelse ${slug}`, en: `Publication ${slug}` },
    summary: { da: 'En udgivelse.', en: 'A publication.' },
    themes: ['infohus'],
    audience: ['municipal-professionals'],
    source: { name: { da: 'Kilden', en: 'The source' }, url: 'https://example.org/kilde' },
    published: '2026-11-01',
    ...overrides,
  });
  return { ...data, slug, file: `content/viden/${slug}.yaml` };
}
