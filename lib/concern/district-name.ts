import { type District } from '@/lib/content/schemas/concern';

/**
 * The police district as the area it is: `Østjyllands Politi` (the police force) →
 * `Østjyllands Politikreds` (the district it serves), so a text can say "infohuset i Østjyllands
 * Politikreds" and "Aarhus hører under Østjyllands Politikreds".
 */
export function politikreds(district: Pick<District, 'name'>): string {
  return /\bPoliti$/.test(district.name) ? `${district.name}kreds` : district.name;
}
