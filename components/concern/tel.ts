/** `41 74 90 90` → `tel:41749090`. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s/g, '')}`;
}
