// The dashboard's export menu in a real browser: the formats written from the whole store are
// the server's streamed downloads, saved under the name the server gives, the file the CLI writes.
import { readFileSync } from 'fs';
import { gexfIntervals, readCsv, readFtm, readPopolo } from '../export/read-back';
import { networkDrawn, startDashboard, type DashboardHarness } from './browser';

let d: DashboardHarness;
beforeAll(async () => {
  d = await startDashboard();
}, 180_000);
afterAll(async () => {
  await d?.close();
});

it('the province group offers dynamic GEXF, the panel, co-attendance, Popolo and FtM as downloads from /exports', async () => {
  const { page, context } = await d.open();
  await page.goto(`${d.api.url}/?${new URLSearchParams({ province: 'Hà Nội' })}`);
  await networkDrawn(page, 150_000);
  const save = async (format: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.export-group[data-scope="province"] button[data-format="${format}"]`)]);
    expect(download.url()).toBe(`${d.api.url}/exports/ha-noi.${format}`);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  };
  const dynamic = await save('gexf-dynamic');
  expect(dynamic.name).toBe('ha-noi-province-network-dynamic.gexf');
  expect(gexfIntervals(dynamic.text).mode).toBe('dynamic');
  const panel = await save('csv-panel');
  expect(panel.name).toBe('ha-noi-province-person-year-post.csv');
  expect(readCsv(panel.text).rows.some((r) => r.person === 'Đinh Tiến Dũng')).toBe(true);
  expect(readCsv((await save('csv-coattendance')).text).rows.length).toBeGreaterThan(0);
  expect(readPopolo((await save('popolo')).text).persons.some((p) => p.name === 'Đinh Tiến Dũng')).toBe(true);
  expect(readFtm((await save('ftm')).text).some((e) => e.schema === 'Occupancy')).toBe(true);
  // The view offers only what the page can write from what it shows.
  expect(await page.$$eval('.export-group[data-scope="view"] button', (bs) => bs.map((b) => b.getAttribute('data-format')))).toEqual(['gexf', 'graphml', 'csv-tenures', 'csv-meetings', 'json']);
  expect((page as any).problems).toEqual([]);
  await context.close();
}, 300_000);
