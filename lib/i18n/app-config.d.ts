import type da from '../../messages/da.json';
import type { locales } from './routing';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof locales)[number];
    Messages: typeof da;
  }
}
