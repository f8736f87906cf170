import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

// The generator's word lists, posts and phrasings live as YAML under src/generate/data, so a
// domain expert can add a phrasing without touching code. Loaded once per process.

export const GENERATOR_DATA_DIR = join(__dirname, '..', '..', 'src', 'generate', 'data');
const PROVINCES_FILE = join(__dirname, '..', '..', 'src', 'lexicon', 'data', 'vi', 'provinces.yaml');

export type PartyKey = 'standing' | 'member' | 'deputy';

export interface PostData {
  key: string;
  title: string;
  organization: string;
  forms: string[];
  party: PartyKey | 'none';
  chairs?: boolean;
  central?: number;
  weight?: number;
  female?: boolean;
}

export interface PartyPositionData {
  title: string;
  organization: string;
  forms: string[];
  provinceForms?: string[];
}

export interface NameData {
  families: string[];
  middlesMale: string[];
  middlesFemale: string[];
  givensMale: string[];
  givensFemale: string[];
  penFirst: string[];
  penLast: string[];
}

export interface MeetingTypeData {
  kinds: string[];
  hosts: string[];
}

export interface PhraseData {
  types: Record<string, MeetingTypeData>;
  topics: string[];
  leads: string[];
  chairLeads: string[];
  workLeads: string[];
  chairLines: string[];
  coChairLines: string[];
  attendLines: string[];
  workAttendLines: string[];
  receiveLines: string[];
  speakLines: string[];
  chairSpeakLines: string[];
  captions: string[];
  chairCaptions: string[];
  plainCaptions: string[];
  directiveLines: string[];
  directiveSubjects: string[];
  fillers: string[];
  topFurniture: string[];
  bottomFurniture: string[];
  bylines: string[];
  headlines: string[];
  workHeadlines: string[];
}

export interface GeneratorData {
  names: NameData;
  posts: PostData[];
  party: Record<PartyKey | 'central', PartyPositionData>;
  phrases: PhraseData;
}

export interface ProvinceInfo {
  name: string;
  /** Centrally-run city: Thành ủy, "thành phố" instead of Tỉnh ủy, "tỉnh". */
  city: boolean;
  /** First and last day the province existed under this name, ISO; inclusive. */
  validFrom: string;
  validTo: string;
}

const read = (file: string) => parse(readFileSync(join(GENERATOR_DATA_DIR, file), 'utf8'));

let cached: GeneratorData | null = null;
export function loadGeneratorData(): GeneratorData {
  if (cached) return cached;
  const posts = read('posts.yaml');
  cached = { names: read('names.yaml'), posts: posts.posts, party: posts.party, phrases: read('phrases.yaml') };
  return cached;
}

export const EARLIEST = '2015-01-01';
export const LATEST = '2026-10-31';
// Huế became a centrally-run city on 1 January 2025; before that it was Thừa Thiên Huế province.
const STARTS: Record<string, string> = { Huế: '2025-01-01' };

// Used only when the gazetteer is missing (it is written by another part of the project).
const FALLBACK: ProvinceInfo[] = [
  ['Thanh Hóa', false], ['Nghệ An', false], ['An Giang', false], ['Hà Nội', true], ['Lào Cai', false], ['Quảng Ninh', false],
].map(([name, city]) => ({ name: name as string, city: city as boolean, validFrom: EARLIEST, validTo: LATEST }));

let provincesCached: ProvinceInfo[] | null = null;
/** Provinces from the project's gazetteer, with the dates each name was valid. */
export function loadProvinces(): ProvinceInfo[] {
  if (provincesCached) return provincesCached;
  if (!existsSync(PROVINCES_FILE)) return (provincesCached = FALLBACK);
  const entries = parse(readFileSync(PROVINCES_FILE, 'utf8')) as Array<{ name: string; kind: string; validTo?: string | null }>;
  provincesCached = entries.map((e) => ({
    name: e.name,
    city: e.kind === 'city',
    validFrom: STARTS[e.name] ?? EARLIEST,
    validTo: e.validTo ?? LATEST,
  }));
  return provincesCached;
}
