import { readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ZodType } from 'zod';
import { z } from 'zod';
import * as s from './schema';
import type { LexiconData } from './schema';

// Works from src/lexicon (tests) and dist/lexicon (built CLI): the YAML stays in src/.
export const LEXICON_DIR = join(__dirname, '..', '..', 'src', 'lexicon', 'data', 'vi');

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(`lexicon has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
}

interface Parsed<T> {
  value: T;
  lineOf: (path: (string | number)[]) => number;
}

function parseFile<T>(dir: string, file: string, schema: ZodType<T, z.ZodTypeDef, unknown>, problems: string[], optional = false): Parsed<T> | null {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (!optional) problems.push(`${file}:1: file is missing`);
    return null;
  }
  const source = readFileSync(path, 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc });
  const lineOf = (p: (string | number)[]): number => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n), true);
      if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    }
    return 1;
  };
  for (const e of doc.errors) problems.push(`${file}:${lc.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return null;
  if (source.includes('\\u')) problems.push(`${file}:1: write characters as they are, not as \\u escapes`);
  if (source !== source.normalize('NFC')) problems.push(`${file}:1: text must be NFC Unicode`);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${file}:${lineOf(issue.path as (string | number)[])}: ${issue.path.join('.')}: ${issue.message}`);
    return null;
  }
  return { value: result.data, lineOf };
}

function checkIds(file: string, parsed: Parsed<Array<{ id: string }>> | null, problems: string[]): void {
  if (!parsed) return;
  const seen = new Set<string>();
  parsed.value.forEach((e, i) => {
    if (seen.has(e.id)) problems.push(`${file}:${parsed.lineOf([i, 'id'])}: duplicate id ${e.id}`);
    seen.add(e.id);
    if (i > 0 && parsed.value[i - 1].id.localeCompare(e.id) > 0)
      problems.push(`${file}:${parsed.lineOf([i, 'id'])}: entries must be sorted by id (${e.id} after ${parsed.value[i - 1].id})`);
  });
}

/** Every site's province is a province of the gazetteer, each domain is listed once, and every province has its sites. */
function checkSources(sources: Parsed<s.SourceEntry[]> | null, provinces: Parsed<s.ProvinceEntry[]> | null, problems: string[]): void {
  if (!sources || !provinces) return;
  const ids = new Set(provinces.value.map((p) => p.id));
  const covered = new Set<string>();
  const seen = new Map<string, string>();
  sources.value.forEach((e, i) => {
    if (e.province !== null && !ids.has(e.province)) problems.push(`sources.yaml:${sources.lineOf([i, 'province'])}: unknown province ${e.province}`);
    if (e.province) covered.add(e.province);
    e.sites.forEach((site, j) => {
      const other = seen.get(site.domain);
      if (other) problems.push(`sources.yaml:${sources.lineOf([i, 'sites', j, 'domain'])}: ${site.domain} is already listed under ${other}`);
      seen.set(site.domain, e.id);
    });
  });
  for (const p of provinces.value) if (!covered.has(p.id)) problems.push(`sources.yaml:1: no sites for province ${p.id}`);
}

/** Reads and validates every lexicon file; throws LexiconError listing every problem as file:line. */
export function loadLexiconData(dir = LEXICON_DIR): LexiconData {
  const problems: string[] = [];
  const titles = parseFile(dir, 'titles.yaml', z.array(s.titleEntry), problems);
  const bodies = parseFile(dir, 'bodies.yaml', z.array(s.bodyEntry), problems);
  const levels = parseFile(dir, 'levels.yaml', z.array(s.levelEntry), problems);
  const people = parseFile(dir, 'people.yaml', s.peopleFile, problems);
  const roles = parseFile(dir, 'roles.yaml', z.array(s.roleEntry), problems);
  const meetingKinds = parseFile(dir, 'meetings.yaml', z.array(s.meetingKindEntry), problems);
  const directives = parseFile(dir, 'directives.yaml', s.directivesFile, problems);
  const boilerplate = parseFile(dir, 'boilerplate.yaml', s.boilerplateFile, problems);
  const provinces = parseFile(dir, 'provinces.yaml', z.array(s.provinceEntry), problems, true);
  const districts = parseFile(dir, 'districts.yaml', z.array(s.districtEntry), problems, true);
  const posts = parseFile(dir, 'posts.yaml', z.array(s.postEntry), problems);
  const sources = parseFile(dir, 'sources.yaml', z.array(s.sourceEntry), problems);
  const events = parseFile(dir, 'events.yaml', s.eventsFile, problems);
  checkIds('titles.yaml', titles, problems);
  checkIds('bodies.yaml', bodies, problems);
  checkIds('provinces.yaml', provinces, problems);
  checkIds('districts.yaml', districts, problems);
  checkIds('posts.yaml', posts, problems);
  checkIds('sources.yaml', sources, problems);
  checkSources(sources, provinces, problems);
  if (events && titles && !titles.value.some((t) => t.id === events.value.memberTitle))
    problems.push(`events.yaml:${events.lineOf(['memberTitle'])}: unknown title ${events.value.memberTitle}`);
  const kindWords = new Set(directives?.value.kinds.map((k) => k.word));
  events?.value.decisionKinds.forEach((k, i) => {
    if (directives && !kindWords.has(k)) problems.push(`events.yaml:${events.lineOf(['decisionKinds', i])}: ${k} is not a kind of document in directives.yaml`);
  });
  const bodyIds = new Set(bodies?.value.map((b) => b.id));
  titles?.value.forEach((t, i) => {
    if (t.body && bodies && !bodyIds.has(t.body)) problems.push(`titles.yaml:${titles.lineOf([i, 'body'])}: unknown body ${t.body}`);
  });
  const titleIds = new Set(titles?.value.map((t) => t.id));
  posts?.value.forEach((p, i) => {
    if (titles && !titleIds.has(p.title)) problems.push(`posts.yaml:${posts.lineOf([i, 'title'])}: unknown title ${p.title}`);
  });
  directives?.value.issuers.forEach((d, i) => {
    if (bodies && !bodyIds.has(d.body)) problems.push(`directives.yaml:${directives.lineOf(['issuers', i, 'body'])}: unknown body ${d.body}`);
  });
  for (const p of [...(boilerplate?.value.patterns ?? []), ...(boilerplate?.value.inline ?? [])]) {
    try {
      new RegExp(p, 'u');
    } catch (e) {
      problems.push(`boilerplate.yaml:1: bad pattern ${p}: ${(e as Error).message}`);
    }
  }
  if (problems.length) throw new LexiconError(problems);
  return {
    titles: titles!.value,
    bodies: bodies!.value,
    levels: levels!.value,
    people: people!.value,
    roles: roles!.value,
    meetingKinds: meetingKinds!.value,
    directives: directives!.value,
    boilerplate: boilerplate!.value,
    provinces: provinces?.value ?? [],
    districts: districts?.value ?? [],
    posts: posts!.value,
    sources: sources!.value,
    events: events!.value,
  };
}
