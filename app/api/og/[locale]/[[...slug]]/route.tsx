import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { isLocale } from '@/lib/i18n/routing';
import { ogImageSize, pathFromOgSlug } from '@/lib/navigation/metadata';
import { previewPages, previewTitle } from '@/lib/site/preview';

// Every image is drawn once at build time; unknown pages get a 404, not a picture.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return previewPages(getContent()).map(({ locale, path }) => ({ locale, slug: path.split('/').filter(Boolean) }));
}

// Constant paths, so the build traces these two files and not the whole font folder.
// TTF, because the image renderer cannot read WOFF2.
const regularFont = path.join(process.cwd(), 'node_modules/dkfds/dist/fonts/IBMPlexSans/complete/ttf/IBMPlexSans-Regular.ttf');
const boldFont = path.join(process.cwd(), 'node_modules/dkfds/dist/fonts/IBMPlexSans/complete/ttf/IBMPlexSans-SemiBold.ttf');

export async function GET(_request: Request, { params }: RouteContext<'/api/og/[locale]/[[...slug]]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const siteName = t('siteName');
  const title = previewTitle(getContent(), locale, pathFromOgSlug(slug)) ?? siteName;
  const [regular, bold] = await Promise.all([readFile(regularFont), readFile(boldFont)]);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#ffffff',
        borderTop: '24px solid #1a1a1a',
        color: '#1a1a1a',
        fontFamily: 'IBM Plex Sans',
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, color: '#454545' }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: title.length > 60 ? 56 : 72, fontWeight: 600, lineHeight: 1.15 }}>{title}</div>
    </div>,
    {
      ...ogImageSize,
      fonts: [
        { name: 'IBM Plex Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'IBM Plex Sans', data: bold, weight: 600, style: 'normal' },
      ],
    },
  );
}
