export declare const DROPPED_REQUEST_HEADERS: readonly string[];
export declare function allowedMethods(pathname: string): string[];
export type Verdict =
  | { pass: true; locale: 'da' | 'en'; answer?: undefined }
  | { pass?: undefined; answer: number; reason?: string; allow?: string[]; locale?: 'da' | 'en' };
export declare function gate(method: string, target: string, headers: Record<string, string | string[] | undefined>): Verdict;
export declare function cleanRequestHeaders<T extends Record<string, unknown>>(headers: T, locale: string, clientAddress?: string): T;
export declare const CLIENT_ADDRESS_HEADER: string;
export declare function postedFromSite(headers: Record<string, string | string[] | undefined>): boolean;
