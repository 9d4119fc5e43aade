import '../styles/portal.scss';
import '../styles/admin.scss';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { type ReactNode } from 'react';
import { AdminDocument } from '@/components/admin/AdminDocument';
import { titleTemplate } from '@/lib/site/titles';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return { title: { template: titleTemplate(t('title')), default: t('title') }, robots: { index: false, follow: false } };
}

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <AdminDocument>{children}</AdminDocument>;
}
