import { extractArticle } from '../../../src/extract';
import type { ArticleFacts } from '../../../src/model/facts';

// Personnel clauses, one sentence at a time inside a minimal report. Each case says which events
// are read (kind, person, title, body, effective date, decision) and nothing else.
const read = (body: string, meta = {}): ArticleFacts => extractArticle({ file: 't.txt', text: `Công bố quyết định về công tác cán bộ\n${body}`, format: 'text', meta });
const events = (body: string, meta = {}) =>
  read(body, meta).events.map((e) => [e.kind, e.person, e.title, e.organization.name, e.effective, e.decision].filter((x) => x !== null).join(' | '));

describe('personnel events', () => {
  test.each<[string, string, string[]]>([
    ['"tái trúng cử" is an election', 'Ông Đinh Văn Dũng tái trúng cử chức danh Chủ tịch UBND phường.', ['elected | Đinh Văn Dũng | Chủ tịch | Ủy ban nhân dân phường']],
    [
      'a remark in brackets with a ";" does not split the clause: memberships and the post after it',
      'Bí thư Thành ủy trao quyết định chỉ định ông Võ Văn Hòa (cán bộ Ban Tổ chức Thành ủy; nguyên Bí thư Đảng ủy, Chủ tịch HĐND phường Bình An) tham gia Ban Chấp hành, Ban Thường vụ, giữ chức vụ Phó Bí thư Đảng ủy phường Bình An.',
      ['appointed | Võ Văn Hòa | Ủy viên | Đảng ủy phường', 'appointed | Võ Văn Hòa | Ủy viên | Ban Thường vụ Đảng ủy phường', 'appointed | Võ Văn Hòa | Phó Bí thư | Đảng ủy phường'],
    ],
    [
      '", còn" turns to another subject: the post after it is not the first person\'s',
      'Ông Lê Văn Tâm được bầu làm Chủ tịch UBND phường, còn chủ tịch cũ làm Phó Chủ tịch UBND phường.',
      ['elected | Lê Văn Tâm | Chủ tịch | Ủy ban nhân dân phường'],
    ],
    [
      'a post named after "đến khi" is a later decision about someone else',
      'Đồng chí Lê Văn Hà, Phó Bí thư Thường trực Tỉnh ủy được Bộ Chính trị phân công điều hành hoạt động của Ban Chấp hành Đảng bộ tỉnh đến khi Bộ Chính trị có quyết định phân công Bí thư Tỉnh ủy mới.',
      [],
    ],
    [
      'the person before a passive trigger, with the deciding body between',
      'Ông Lê Văn Bình, Giám đốc Sở Tư pháp đã được HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh.',
      ['elected | Lê Văn Bình | Phó Chủ tịch | Ủy ban nhân dân tỉnh'],
    ],
    [
      'the person after the trigger, the post after "giữ chức"',
      'Bầu ông Nguyễn Văn An, Phó Bí thư Huyện ủy giữ chức Chủ tịch UBND huyện.',
      ['elected | Nguyễn Văn An | Chủ tịch | Ủy ban nhân dân huyện'],
    ],
    [
      'triggers written together are one event, named by the first; the effective date and the decision',
      'Quyết định số 1520/QĐ-UBND điều động, bổ nhiệm ông Trần Minh Tuấn, Phó Giám đốc Sở Y tế giữ chức Giám đốc Sở Nội vụ kể từ ngày 1/10/2025.',
      ['transferred | Trần Minh Tuấn | Giám đốc | Sở Nội vụ | 2025-10-01 | 1520/QĐ-UBND'],
    ],
    [
      '"đối với" lists the people of a decision, across ";"',
      'HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Hà Văn Dũng, do nghỉ hưu; bà Lò Thị Hiền, do chuyển công tác.',
      ['dismissed | Hà Văn Dũng | Ủy viên | Ủy ban nhân dân tỉnh', 'dismissed | Lò Thị Hiền | Ủy viên | Ủy ban nhân dân tỉnh'],
    ],
    [
      'people joined by "và" before the trigger',
      'Ông Vũ Đức Hạnh, Chánh Văn phòng UBND tỉnh và ông Mai Văn Lộc, Giám đốc Sở Xây dựng đã được bầu giữ chức danh Ủy viên UBND tỉnh.',
      ['elected | Vũ Đức Hạnh | Ủy viên | Ủy ban nhân dân tỉnh', 'elected | Mai Văn Lộc | Ủy viên | Ủy ban nhân dân tỉnh'],
    ],
    [
      'membership of a committee and its standing committee, completed from the post of the clause',
      'Ban Thường vụ Tỉnh ủy chỉ định đồng chí Đỗ Thị Hoa tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy.',
      ['appointed | Đỗ Thị Hoa | Ủy viên | Huyện ủy', 'appointed | Đỗ Thị Hoa | Ủy viên | Ban Thường vụ Huyện ủy', 'appointed | Đỗ Thị Hoa | Bí thư | Huyện ủy'],
    ],
    [
      'a retirement ends the posts of the person',
      'Ông Phùng Văn Kiên, Giám đốc Sở Công Thương nghỉ hưu theo chế độ từ ngày 1/3/2024.',
      ['retired | Phùng Văn Kiên | Giám đốc | Sở Công Thương | 2024-03-01'],
    ],
    ['an assignment with a post', 'Ban Thường vụ Đảng ủy xã phân công đồng chí Lê Thị Nga giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã.', ['assigned | Lê Thị Nga | Chủ tịch | Ủy ban Mặt trận Tổ quốc Việt Nam xã']],
    ['an election without "giữ chức"', 'Ông Phan Văn Toàn tái đắc cử chức Phó Chủ tịch UBND xã.', ['elected | Phan Văn Toàn | Phó Chủ tịch | Ủy ban nhân dân xã']],
    ['"chức vụ" is not the title "Vụ trưởng"', 'HĐND tỉnh miễn nhiệm chức vụ Trưởng ban Dân tộc HĐND tỉnh đối với ông Lương Văn Hòa.', ['dismissed | Lương Văn Hòa | Trưởng ban | Ban Dân tộc Hội đồng nhân dân tỉnh']],
    [
      'a second trigger with nobody of its own takes the person of the first, named between them',
      'Chủ tịch UBND tỉnh quyết định điều động ông Lã Văn Thụ, Chánh Thanh tra tỉnh đến nhận công tác tại Sở Công Thương và bổ nhiệm giữ chức vụ Giám đốc Sở Công Thương.',
      ['appointed | Lã Văn Thụ | Giám đốc | Sở Công Thương'],
    ],
    [
      '"giữ nhiệm vụ" is not the title "Vụ trưởng" either',
      'Đồng chí Lê Quốc Phong được Bộ Chính trị điều động, phân công giữ nhiệm vụ Trưởng Ban Chính sách, chiến lược Trung ương.',
      ['transferred | Lê Quốc Phong | Trưởng ban | Ban Chính sách, Chiến lược Trung ương'],
    ],
    [
      'a proposal that was adopted',
      'HĐND xã đã xem xét tờ trình và biểu quyết thông qua Nghị quyết miễn nhiệm chức danh Chủ tịch UBND xã đối với ông Đinh Văn Tú.',
      ['dismissed | Đinh Văn Tú | Chủ tịch | Ủy ban nhân dân xã'],
    ],
  ])('%s', (_what, sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });

  test('the people of a post may be listed in the next sentence', () => {
    expect(events('Hội nghị đã bầu bổ sung 2 Ủy viên Ban Thường vụ Tỉnh ủy. Đó là các đồng chí: Lê Văn Hai, Giám đốc Sở Tài chính; Trần Thị Ba, Giám đốc Sở Y tế.')).toEqual([
      'elected | Lê Văn Hai | Ủy viên | Ban Thường vụ Tỉnh ủy',
      'elected | Trần Thị Ba | Ủy viên | Ban Thường vụ Tỉnh ủy',
    ]);
  });

  test('"giữ chức" after a trigger in the same paragraph takes its kind', () => {
    expect(events('Bộ Chính trị chỉ định Ban Thường vụ, Bí thư Tỉnh ủy. Theo đó, đồng chí Vi Văn Cường giữ chức Bí thư Tỉnh ủy.')).toEqual(['appointed | Vi Văn Cường | Bí thư | Tỉnh ủy']);
  });

  test('after ";" in the sentence of a trigger, "làm" takes its kind', () => {
    expect(events('Bà Lê Thị Xuân được chỉ định giữ chức Bí thư Huyện ủy; ông Đinh Văn Phát làm Phó Bí thư Thường trực Huyện ủy.')).toEqual([
      'appointed | Lê Thị Xuân | Bí thư | Huyện ủy',
      'appointed | Đinh Văn Phát | Phó Bí thư Thường trực | Huyện ủy',
    ]);
  });

  test('"giữ chức" with no event before it states a post held, not an event', () => {
    const facts = read('Bà Hoàng Thị Nga giữ chức Bí thư Huyện ủy, Chủ tịch HĐND huyện.');
    expect(facts.events).toEqual([]);
    expect(facts.people[0].positions.map((q) => `${q.title} ${q.organization.name}`)).toEqual(['Bí thư Huyện ủy', 'Chủ tịch Hội đồng nhân dân huyện']);
  });

  test('a headline "X làm Y" is an appointment, unless the body says how the post was given', () => {
    const text = (body: string) => extractArticle({ file: 't.txt', text: `Đồng chí Hà Văn Lâm làm Bí thư Huyện ủy\n${body}`, format: 'text', meta: {} });
    expect(text('Chiều 2-12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định.').events.map((e) => e.kind)).toEqual(['appointed']);
    expect(text('Ông Hà Văn Lâm được bầu giữ chức Bí thư Huyện ủy tại hội nghị chiều 2-12.').events.map((e) => e.kind)).toEqual(['elected']);
  });

  test('who decided', () => {
    const by = (s: string) => read(s).events.map((e) => e.decidedBy?.name ?? null);
    expect(by('Ông Lê Văn Bình đã được HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh.')).toEqual(['Hội đồng nhân dân tỉnh']);
    expect(by('Ban Thường vụ Tỉnh ủy quyết định chỉ định đồng chí Đỗ Thị Hoa giữ chức Bí thư Huyện ủy.')).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(by('Quyết định số 99-QĐ/TU chỉ định ông Lê Văn Sáu giữ chức Phó Bí thư Huyện ủy.')).toEqual(['Tỉnh ủy']);
    expect(by('Ông Lê Văn Sáu được bổ nhiệm giữ chức Giám đốc Sở Y tế.')).toEqual([null]);
  });

  test('an effective date without a year is the nearest one to the article, even ahead of it', () => {
    expect(read('Ông Trần Văn Tư được bổ nhiệm giữ chức Giám đốc Sở Y tế kể từ ngày 1/1.', { publishedAt: '2024-12-28' }).events[0].effective).toBe('2025-01-01');
    expect(read('Ngày 16/11/2025, ông Lê Văn Năm được điều động giữ chức Phó Bí thư Tỉnh ủy.').events[0].effective).toBe('2025-11-16');
    // The date of the meeting that announces a decision is not when the decision takes effect.
    expect(read('Chiều 2/12/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định chỉ định ông Lê Văn Năm giữ chức Bí thư Huyện ủy.').events[0].effective).toBeNull();
  });
});

describe('personnel events: what is not one', () => {
  test.each<[string, string]>([
    ['a proposal', 'Tờ trình giới thiệu ông Lê Văn Bình, Giám đốc Sở Tư pháp để HĐND tỉnh xem xét, bầu giữ chức Phó Chủ tịch UBND tỉnh.'],
    ['a plan', 'Dự kiến phân công đồng chí Lê Văn Bình giữ chức Trưởng ban Tổ chức Huyện ủy.'],
    ['a reason for another event', 'Ông Lê Văn Bình, Giám đốc Sở Tư pháp xin thôi công tác do được điều động giữ chức Phó Chủ tịch UBND huyện.'],
    ['a biography', 'Ông Lê Văn Bình từng giữ chức Bí thư Huyện ủy, Chủ tịch UBND huyện.'],
    ['a dated past post', 'Năm 2015, ông Lê Văn Bình được bổ nhiệm giữ chức Giám đốc Sở Tư pháp.'],
    ['an election in general', 'Cuộc bầu cử đại biểu Quốc hội khóa XVI diễn ra an toàn; ông Lê Văn Bình, Chủ tịch Ủy ban bầu cử tỉnh báo cáo.'],
    ['"làm" in the body with no event before it', 'Ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn kiểm tra.'],
    ['a decider who signs, with nobody named as the subject', 'Chủ tịch UBND tỉnh Lê Văn Bình đã ký các quyết định về việc điều động, bổ nhiệm 4 lãnh đạo sở.'],
    ['someone congratulated on the appointment of others', 'Bí thư Tỉnh ủy Lê Văn Bình chúc mừng các cán bộ vừa được bầu giữ chức Phó Chủ tịch UBND tỉnh.'],
    ['a mandate, not a post', 'Chủ tịch UBND tỉnh ủy nhiệm ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh thay mặt Chủ tịch UBND tỉnh điều hành công việc.'],
    ['"nhiệm kỳ" after "Tỉnh ủy" is not "ủy nhiệm"', 'Ông Lê Văn Bình là Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025.'],
  ])('%s', (_what, sentence) => expect(events(sentence)).toEqual([]));

  test('"Năm 2025" in a 2025 article is not a biography', () => {
    expect(events('Năm 2025, ông Lê Văn Bình được bổ nhiệm giữ chức Giám đốc Sở Tư pháp.', { publishedAt: '2025-03-01' })).toEqual(['appointed | Lê Văn Bình | Giám đốc | Sở Tư pháp']);
  });
});

describe('posts conferred, posts left', () => {
  const positionsOf = (facts: ArticleFacts, name: string) =>
    facts.people.find((p) => p.name === name)?.positions.map((q) => `${q.title} ${q.organization.name}${q.status === 'current' ? '' : ` (${q.status})`}`);

  test('the post conferred is a current position; the one in apposition stays as the text gives it', () => {
    expect(positionsOf(read('Ông Trần Minh Tuấn, Phó Giám đốc Sở Y tế được bổ nhiệm giữ chức Giám đốc Sở Y tế.'), 'Trần Minh Tuấn')).toEqual(['Phó Giám đốc Sở Y tế', 'Giám đốc Sở Y tế']);
  });
  test('a post left is former, also when the text names it in apposition', () => {
    expect(positionsOf(read('Đồng chí Lê Văn Bình, Bí thư Huyện ủy thôi giữ chức Bí thư Huyện ủy để nhận nhiệm vụ mới.'), 'Lê Văn Bình')).toEqual(['Bí thư Huyện ủy (former)']);
    expect(positionsOf(read('HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Hà Văn Dũng.'), 'Hà Văn Dũng')).toEqual(['Phó Chủ tịch Ủy ban nhân dân tỉnh (former)']);
  });
  test('a retirement dated after the article leaves the post current until then', () => {
    const facts = read('Ông Phùng Văn Kiên, Giám đốc Sở Công Thương được nghỉ hưu theo chế độ kể từ ngày 1/12/2024.', { publishedAt: '2024-11-20' });
    expect(positionsOf(facts, 'Phùng Văn Kiên')).toEqual(['Giám đốc Sở Công Thương']);
    expect(facts.events[0].effective).toBe('2024-12-01');
  });
  test('a person named only as the previous holder is a person, with no post and no event', () => {
    const facts = read('Ông Trần Minh Tuấn được bổ nhiệm giữ chức Giám đốc Sở Y tế, thay ông Nguyễn Hữu Phước.');
    expect(facts.people.map((p) => p.name)).toEqual(['Trần Minh Tuấn', 'Nguyễn Hữu Phước']);
    expect(positionsOf(facts, 'Nguyễn Hữu Phước')).toEqual([]);
    expect(facts.events.map((e) => e.person)).toEqual(['Trần Minh Tuấn']);
  });
  test('posts named after a biography word are former', () => {
    expect(positionsOf(read('Trước khi được điều động, đồng chí Lê Văn Bình, Phó Chủ tịch UBND huyện đã công tác tại xã.'), 'Lê Văn Bình')).toEqual(['Phó Chủ tịch Ủy ban nhân dân huyện (former)']);
  });
  test('"hiện giữ chức" states a current post and no event', () => {
    const facts = read('Đồng chí Đào Minh Quang hiện giữ chức Ủy viên Ban Chấp hành Trung ương Đảng.');
    expect(positionsOf(facts, 'Đào Minh Quang')).toEqual(['Ủy viên Ban Chấp hành Trung ương Đảng']);
    expect(facts.events).toEqual([]);
  });
});

describe('one holder at a time', () => {
  const posts = (body: string) => read(body).people.map((p) => [p.name, p.positions.map((q) => `${q.title}|${q.organization.name}|${q.status}`)]);
  test('a chair elected in the article ends the post of the previous chair it names', () => {
    expect(posts('Kết quả, ông Lê Minh An, Bí thư Đảng ủy xã được bầu giữ chức Chủ tịch HĐND xã khóa X; ông Trần Văn Bảo, Chủ tịch HĐND xã khóa IX được bầu giữ chức Chủ tịch UBND xã khóa X.')).toEqual([
      ['Lê Minh An', ['Bí thư|Đảng ủy xã|current', 'Chủ tịch|Hội đồng nhân dân xã|current']],
      ['Trần Văn Bảo', ['Chủ tịch|Hội đồng nhân dân xã|former', 'Chủ tịch|Ủy ban nhân dân xã|current']],
    ]);
  });
  test('deputies are many: a deputy elected ends nobody else\'s post', () => {
    expect(posts('Ông Lê Minh An, Phó Chủ tịch UBND xã phát biểu. Bầu ông Trần Văn Bảo giữ chức Phó Chủ tịch UBND xã.')).toEqual([
      ['Lê Minh An', ['Phó Chủ tịch|Ủy ban nhân dân xã|current']],
      ['Trần Văn Bảo', ['Phó Chủ tịch|Ủy ban nhân dân xã|current']],
    ]);
  });
});
