import { RegistryProblems } from './registry-problems';

/** A partner's display name: NFC, trimmed, 1–200 characters. @throws 400 problem */
export function partnerName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (name.length < 1 || name.length > 200) throw RegistryProblems.invalidName();
  return name;
}
