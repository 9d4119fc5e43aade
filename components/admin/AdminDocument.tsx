import { getTranslations } from 'next-intl/server';
import { type ReactNode } from 'react';

/** The back office's own document: Danish, no public navigation, nothing indexed. */
export async function AdminDocument({ children }: { children: ReactNode }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return (
    <html lang="da">
      <body>
        <header className="header">
          <div className="container admin-header">
            <p className="admin-wordmark">{t('siteName')}</p>
          </div>
        </header>
        <main id="main-content" className="container admin-main">
          {children}
        </main>
      </body>
    </html>
  );
}
