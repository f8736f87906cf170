import { readWrittenBody } from '../../../src/extract/mentions/written-bodies';
import { tokenize } from '../../../src/extract/common/tokens';
import { getLexicon } from '../../../src/extract';
import { normalizeText } from '../../../src/extract/normalize/unicode';

// A body the lexicon lacks, read as written from token 0 (the word after a title that needs a body).
const lex = getLexicon();
const read = (s: string) => {
  const tokens = tokenize(normalizeText(s).text);
  const r = readWrittenBody(tokens, 0, lex);
  return r && { name: r.body.name, level: r.body.level, place: r.body.place, rest: tokens.slice(r.end).map((t) => t.text).join(' ') };
};

describe('readWrittenBody', () => {
  test.each<[string, object]>([
    ['Vụ Địa phương 1, Văn phòng Trung ương Đảng', { name: 'Vụ Địa phương 1', level: null, place: null, rest: ', Văn phòng Trung ương Đảng' }],
    ['Ủy ban Xã hội của Quốc hội, Đại biểu Quốc hội', { name: 'Ủy ban Xã hội của Quốc hội', level: 'central', place: null, rest: ', Đại biểu Quốc hội' }],
    ['Ủy ban Kinh tế và Tài chính Quốc hội phát biểu', { name: 'Ủy ban Kinh tế và Tài chính Quốc hội', level: 'central', place: null, rest: 'phát biểu' }],
    ['Đồn Biên phòng Cửa khẩu Chi Ma; cùng', { name: 'Đồn Biên phòng Cửa khẩu Chi Ma', level: null, place: null, rest: '; cùng' }],
    ['Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp được điều động', { name: 'Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp', level: null, place: null, rest: 'được điều động' }],
    ['Sở Tài nguyên – Môi trường đã', { name: 'Sở Tài nguyên – Môi trường', level: null, place: null, rest: 'đã' }],
    ['Hội Chữ thập đỏ tỉnh Lạng Sơn Hoàng Văn Minh', { name: 'Hội Chữ thập đỏ tỉnh', level: 'province', place: 'Lạng Sơn', rest: 'Hoàng Văn Minh' }],
    // The name after the body ends it: "Chủ tịch Hội đồng thành viên Tập đoàn X Lê Mạnh Hùng".
    ['Hội đồng thành viên Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng phát biểu', { name: 'Hội đồng thành viên Tập đoàn Dầu khí Việt Nam', level: null, place: null, rest: 'Lê Mạnh Hùng phát biểu' }],
    // A level word abbreviated is named as the graph names levels.
    ['Bộ Tư lệnh TP phát biểu', { name: 'Bộ Tư lệnh thành phố', level: null, place: null, rest: 'phát biểu' }],
    // A described head ("Ban Quản lý ...") runs on in lower case to its end.
    ['Ban Quản lý các khu công nghiệp tỉnh được', { name: 'Ban Quản lý các khu công nghiệp tỉnh', level: 'province', place: null, rest: 'được' }],
    // "Ủy ban UBND tỉnh" repeats the known body's own first words: the known body.
    ['Ủy ban UBND tỉnh', { name: 'Ủy ban nhân dân tỉnh', level: 'province', place: null, rest: '' }],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('readWrittenBody negative cases', () => {
  test.each([
    // Not a word that begins bodies: a person, a place or an ordinary word.
    'Nguyễn Văn An phát biểu',
    'Hà Nội',
    'chỉ đạo các xã',
    // A known body is read by the lexicon, not as written.
    'Sở Y tế',
    // No clear end: a run of lowercase words is a sentence, not a name.
    'Công ty cho biết sẽ sớm hoàn thành các hạng mục còn lại',
    // One word is not a body.
    'Ban, các ngành',
  ])('nothing in "%s"', (text) => expect(read(text)).toBeNull());
});
