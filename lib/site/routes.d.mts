export type RouteKind = 'per-request' | 'isr' | 'form';
export interface DeclaredRoute {
  path: string;
  kind: RouteKind;
  revalidate?: number;
  why: string;
}
export declare const routes: readonly DeclaredRoute[];
export declare const FORM_BODY_LIMIT: number;
export declare const LOCALE_HEADER: 'x-portal-locale';
export declare function pathOf(target: string): string | undefined;
export declare function localeOfPath(pathname: string): 'da' | 'en';
export declare function withoutLocale(pathname: string): string;
export declare function routeExpression(path: string): RegExp;
export declare function routeOf(pathname: string): (DeclaredRoute & { expression: RegExp }) | undefined;
export declare function routesOfKind(kind: RouteKind): DeclaredRoute[];
export declare function filteredListPath(pathname: string, search: string): string | undefined;
