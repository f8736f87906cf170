import { extractArticle } from '../../../src/extract';

// The subject of a decision is not a speaker or a participant, unless the text says they acted or
// were handed the decision.
const roles = (body: string) => {
  const m = extractArticle({ file: 't.txt', text: `Hội nghị công bố quyết định về công tác cán bộ\n${body}`, format: 'text', meta: {} }).meetings[0];
  return Object.fromEntries([...(m?.chairs ?? []), ...(m?.participants ?? [])].map((p) => [p.name, p.roles]));
};

describe('decision subjects at the meeting', () => {
  test('announcing a decision about X does not make X a speaker', () => {
    const r = roles('Sáng 5/3/2025, Huyện ủy tổ chức hội nghị. Tại hội nghị, công bố quyết định chỉ định đồng chí Hà Minh Đức, Phó Chủ tịch HĐND huyện giữ chức Phó Bí thư Huyện ủy.');
    expect(r['Hà Minh Đức']).toBeUndefined();
  });
  test('congratulating X on the decision does not make X a speaker; the one who congratulates spoke', () => {
    const r = roles('Sáng 5/3/2025, Huyện ủy tổ chức hội nghị. Chúc mừng đồng chí Hà Minh Đức được bầu giữ chức Chủ tịch UBND huyện, đồng chí Lê Văn Tư, Bí thư Huyện ủy đề nghị phát huy trách nhiệm.');
    expect(r['Hà Minh Đức']).toBeUndefined();
    expect(r['Lê Văn Tư']).toContain('SPOKE');
  });
  test('people handed the decision were there', () => {
    const r = roles('Sáng 5/3/2025, Huyện ủy tổ chức hội nghị. Đồng chí Lê Văn Tư, Bí thư Huyện ủy trao quyết định cho đồng chí Hà Minh Đức.');
    expect(r['Hà Minh Đức']).toEqual(['ATTENDED']);
  });
  test('the subject who speaks takes part', () => {
    const r = roles('Sáng 5/3/2025, Huyện ủy tổ chức hội nghị công bố quyết định chỉ định đồng chí Hà Minh Đức giữ chức Phó Bí thư Huyện ủy. Phát biểu nhận nhiệm vụ, đồng chí Hà Minh Đức cảm ơn sự tin tưởng của Ban Thường vụ.');
    expect(r['Hà Minh Đức']).toContain('SPOKE');
  });
  test('a word of the decision itself is not something the subject did ("tham gia Ủy ban Kiểm tra")', () => {
    const r = roles('Sáng 5/3/2025, Huyện ủy tổ chức hội nghị. Ban Chấp hành Đảng bộ huyện đã bầu ông Hà Minh Đức tham gia Ủy ban Kiểm tra Huyện ủy.');
    expect(r['Hà Minh Đức']).toBeUndefined();
  });
  test('receiving a decision is not, alone, taking part: retirement decisions are received without a meeting', () => {
    const r = roles('Sáng 5/3/2025, Huyện ủy tổ chức hội nghị. Ông Hà Minh Đức, Phó Chủ tịch UBND huyện nhận quyết định nghỉ hưu.');
    expect(r['Hà Minh Đức']).toBeUndefined();
  });
});
