import { extractArticle } from '../../../src/extract';

const facts = (text: string) => extractArticle({ file: 'a.txt', text, format: 'text', meta: {} });

describe('sentences', () => {
  test('a caption glued to the text with no space is a sentence of its own: the chair cue does not reach it', () => {
    const f = facts(
      'Sáng 6/8/2025, Đảng bộ phường Mông Dương tổ chức đại hội. Đoàn Chủ tịch điều hành đại hội.Đồng chí Trần Văn Hải, Bí thư Đảng ủy phường phát biểu khai mạc.',
    );
    expect(f.meetings[0].chairs.map((c) => c.name)).toEqual([]);
    expect(f.meetings[0].participants.map((c) => c.name)).toEqual(['Trần Văn Hải']);
  });
  test('abbreviations before a capital stay inside the sentence', () => {
    const f = facts('Sáng 2/1/2024, UBND Tp.Vinh tổ chức hội nghị. Đồng chí Lê Văn An, Chủ tịch UBND TP.Vinh chủ trì.');
    expect(f.meetings[0].chairs.map((c) => c.name)).toEqual(['Lê Văn An']);
  });
});
