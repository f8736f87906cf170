import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractArticle } from '../../src/extract';
import type { ArticleMeta } from '../../src/model/facts';
import { goldFacts, predictedFacts, score, type GoldFacts } from '../helpers/score';

// Patterns measured on real 2025-2026 pages, each in a fixture article of our own sentences. Unlike the
// fixture suite's overall threshold, every fact of these must come out, and nothing else.
const DIR = join(__dirname, '..', 'fixtures', 'articles');
const PATTERNS: Array<[string, string]> = [
  ['58-central-front-committee-dashed-titles', 'the Front\'s central committee, a body whose name holds a comma, "Phó Chủ tịch - Tổng Thư ký"'],
  ['59-voter-groups-listed-by-head', 'a voter meeting\'s groups: "Tổ trưởng là bà A, ... và các đại biểu B; đại biểu C"'],
  ['60-working-group-head-is-not-a-voter-group', 'the head of a working group named outside a voter meeting did not attend'],
  ['61-commune-named-after-a-hero', 'a commune named after a person is a place, with or without its level word'],
  ['63-merged-province-site-dated-by-lead', 'an undated page on a merged province\'s old site, its lead dated after the merger: the successor province'],
  ['64-directed-by-list-glued-titles', '"có sự tham gia chỉ đạo của đồng chí A, ..., đồng chí B, ... cùng đồng chí C, UVBTV phó Chủ tịch UBND phường"'],
  ['65-reported-speech-at-the-meeting', '"X cho biết", "X chia sẻ", "X quán triệt" in a meeting report; "bài phát biểu của X" is a speech given elsewhere; "trao quyết định cho tân ..."'],
  ['66-quoted-outside-a-meeting', 'someone a reporter quotes ("cho biết") in an article that reports no meeting takes no part in one'],
  ['67-heard-awarded-and-earlier-occasion', '"các đại biểu đã nghe ông: X ...", "A và B trao bằng khen", "Trước đó (ngày ...), ông Y đã trao quyết định": Y was not at this meeting'],
  ['68-five-word-name-old-district-each-former', 'a five-word name after an honorific; "Bí thư Quận ủy quận 6 (cũ)" is a post left; "nguyên A, nguyên B, C": C is held now'],
  ['69-inspectorate-titles-shared-member-list', '"Chánh Thanh tra tỉnh", "Phó chánh Thanh tra tỉnh"; "2 Ủy viên UBND tỉnh là ông A, Giám đốc Sở Tài chính tỉnh và ông B, ..."'],
  ['70-shared-title-over-titled-items', '"các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Nội vụ A; Trưởng ban Dân vận Trung ương B"'],
  ['71-party-resolutions-by-bare-number', '"Nghị quyết 68 của Bộ Chính trị", "Nghị quyết 57 về ..." are documents; "Kế hoạch 5 năm", "3 Nghị quyết chuyên đề" are not'],
  ['72-duty-given-is-not-an-act', '"bà X, chain được giao nhiệm vụ ..., tiếp thu kiến nghị, báo cáo ...": duties given are not acts at the meeting'],
  ['73-document-signed-is-no-meeting', '"X ký ban hành Kết luận ... về kết quả đại hội ...": a document signed, no meeting from the kind word "đại hội"'],
  ['74-replaced-holder-of-unplaced-post', '"A, Trưởng Ban X tỉnh, giữ chức ..." then "B ... giữ chức Trưởng Ban X tỉnh Gia Lai, thay ông A": one post, A\'s is left'],
  ['75-list-honorific-after-list-word', '"Các Phó Chủ tịch ... gồm các ông: A, B và bà C": every name takes the title, the list\'s honorific its gender'],
  ['76-candidates-meet-voters', '"Đơn vị bầu cử số 2 gồm các ứng cử viên: A, ...; B, ...": the candidates of a voter meeting take part'],
  ['77-agency-committees-and-front-abbreviations', '"Bí thư Đảng ủy Sở Y tế, Phó Giám đốc Sở Y tế"; "Ủy ban T.Ư MTTQ VN", "Ủy ban MTTQ VN tỉnh"'],
  ['78-ward-named-after-hero-ends-a-chain', '"ông A - ..., Bí thư Đảng ủy phường Trần Phú": the ward, not a person'],
  ['79-front-presidium-and-document-subject', '"Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ" chairs nothing; "Nghị quyết về việc công bố danh sách" is no meeting'],
  ['80-signing-date-dates-no-ceremony', '"Ngày 2/3/2026, Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm ông A ... giữ chức ...": the appointment stands; the signing day dates no meeting'],
  ['81-degrees-chi-and-session-secretaries', '"Thư ký kỳ họp: bà A"; "Chị B ... đóng góp ý kiến"; "TS C, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"'],
  ['82-military-titles-and-placed-agencies', '"Chính ủy Bộ Tư lệnh Quân khu 1", "Phó Tư lệnh Quân khu 1", "Viện trưởng Viện Dinh dưỡng Thái Nguyên"'],
  ['83-described-agencies', '"Trưởng Ban Quản lý các khu công nghiệp tỉnh", "Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình ...": a body named in many lower-case words'],
  ['84-short-names-and-denied-moves', '"Ông Thiều được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy xã ..."; "thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Đảng ủy, Chủ tịch HĐND xã X"; "; bổ nhiệm giữ chức ..."; "chưa bổ nhiệm ông Hùng làm ..."'],
  ['85-central-commissions-and-unknown-councils', '"thôi tham gia Quân ủy Trung ương, Ban Thường vụ Quân ủy Trung ương; ... tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Thành ủy X và giữ chức Bí thư"; "thôi tham gia" an unknown council ends no post; "Thường trực Ban Bí thư"; "Công ty ... ở phường X"'],
  ['86-shared-title-chains-and-level-boards', '"các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh: A, B"; "Trưởng Ban Tổ chức tỉnh"; "Phó Bí thư Tỉnh ủy Chủ tịch ..." with the comma dropped; "trong các ngày 12, 13 và 14-12-2025"; "Quốc hội Nước Cộng hòa ..." names nobody'],
  ['87-listed-lines-and-confirmed-elections', '"Các Ủy viên Ban Thường vụ ... khóa I, nhiệm kỳ 2025 - 2030 gồm các ông, bà:" then "- Ông A (sinh năm ...)" a line each; "1. B"; the next paragraph\'s person is not listed; "Các ông A (Phó Bí thư Tỉnh ủy khóa XII), B (...) và C (...) được bầu làm ..."; "vừa được Thủ tướng phê chuẩn kết quả bầu giữ chức ..."'],
  ['88-central-agencies-and-taken-in-appointments', '"Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "Đại học Quốc gia Hà Nội" are central; "chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy Chính phủ"; "được Thủ tướng tiếp nhận, bổ nhiệm giữ chức ..."'],
  ['89-city-election-committee-and-highland-names', '"Chủ tịch Ủy ban bầu cử đại biểu Quốc hội và HĐND thành phố Hải Phòng" is one body, no "đại biểu Quốc hội"; a bare body in a centrally run city is the "thành phố"\'s; "Rah Lan Hải-Phó Trưởng Ban ...", "Kpă Thị Nhung-..." are names'],
  ['90-ages-lowercase-titles-and-bare-executive', '"đồng chí Lê văn Đủ" is Lê Văn Đủ; "Ủy viên BCH Tỉnh ủy"; "ủy viên dự khuyết TƯ Đảng, phó chủ nhiệm UB Kiểm tra TƯ, được chỉ định ..."; "Ông A, 52 tuổi, Chủ tịch UBND tỉnh được bầu ..."; "làm Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ Tỉnh ủy": a member of the Tỉnh ủy'],
  ['91-counted-titles-with-bodies-before', '"tại Sở Xây dựng, 3 Phó Giám đốc gồm: ông A (SN 1975), ông B (SN 1979) và bà C (SN 1981)"; "Sở Y tế có 2 Phó Giám đốc là ông D và bà E"'],
  ['92-ministry-leaders-counted-after-their-body', '"lãnh đạo Bộ Tư pháp có Bộ trưởng A và 4 Thứ trưởng gồm các ông, bà: B, C, Lê Huy, D": the titles are the ministry\'s, a two-word name in the list is a name; "từ năm 1996" dates nothing'],
  ['93-commune-visit-by-provincial-and-central-leaders', '"Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam" is the association\'s, not the Party\'s; a bare "Trưởng Đoàn ĐBQH" in a commune\'s report is the province\'s delegation; "Chính ủy BĐBP tỉnh" and the national "Tư lệnh Bộ đội Biên phòng"'],
  ['62-two-dismissals-one-person', '"miễn nhiệm chức danh A; cho thôi làm nhiệm vụ B đối với ông X": both posts are left'],
];

function read(name: string) {
  const sidecar = join(DIR, `${name}.meta.json`);
  const meta = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as ArticleMeta) : {};
  const facts = extractArticle({ file: `${name}.txt`, text: readFileSync(join(DIR, `${name}.txt`), 'utf8'), format: 'text', meta });
  const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), 'utf8')) as GoldFacts;
  return { facts, gold };
}

describe('real-page patterns: every fact and nothing else', () => {
  test.each(PATTERNS)('%s (%s)', (name) => {
    const { facts, gold } = read(name);
    expect(score(goldFacts(gold), predictedFacts(facts), gold.locality.province !== null).misses).toEqual([]);
    if (!gold.meetings.length) expect(facts.meetings).toEqual([]);
  });
});
