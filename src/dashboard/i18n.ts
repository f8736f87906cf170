// Labels are data: one dictionary per language, Vietnamese by default. Names, titles, body names
// and quotes come from the graph and are never translated (the elements that show them carry
// translate="no"). A label that counts something has its plural forms (Intl.PluralRules
// categories); numbers and dates are written with Intl in the page's language.

export type Lang = 'vi' | 'en';
/** One text, or one per plural category of the language ("one", "other", ...). */
type Entry = string | { one?: string; other: string };

const vi = {
  province: 'Tỉnh/thành',
  district: 'Huyện/quận',
  allDistricts: 'Cả tỉnh',
  tabLeadership: 'Lãnh đạo',
  tabMeetings: 'Cuộc họp',
  tabPath: 'Tìm đường nối',
  searchPlaceholder: 'Tìm người, cơ quan, cuộc họp… (vd. le hong quang)',
  searchNothing: 'Không tìm thấy kết quả cho “{text}”.',
  loading: 'Đang tải…',
  loadingNetwork: 'Đang tải mạng lưới… {received}',
  buildingNetwork: 'Đang dựng mạng lưới ({nodes} nút, {edges} cạnh)…',
  layingOut: 'Đang bố trí: {percent}%',
  apiFailed: 'Không lấy được dữ liệu từ máy chủ: {message}',
  apiUnreachable: 'Không kết nối được máy chủ (/graphql). Kiểm tra `cadregraph serve` đang chạy.',
  retry: 'Thử lại',
  noProvinces: 'Đồ thị chưa có dữ liệu. Chạy `cadregraph ingest seeds` rồi tải lại trang.',
  noBodies: 'Chưa có cơ quan nào của {place} trong đồ thị.',
  noMeetings: 'Không có cuộc họp nào trong khoảng đã chọn.',
  notFound: 'Không tìm thấy mục này trong đồ thị.',
  emptyNetwork: 'Mạng lưới trống với bộ lọc này.',
  truncated: 'Mạng lưới lớn: chỉ hiện {n} nút được kết nối nhiều nhất.',
  networkSummary: '{nodes} nút · {edges} cạnh',
  title: 'Chức danh',
  person: 'Người',
  status: 'Tình trạng',
  seen: 'Thấy (đầu – cuối)',
  sources: 'Nguồn',
  sourcesCount: 'Nguồn ({n})',
  quote: 'Câu trích',
  noLink: 'không có liên kết',
  from: 'Từ ngày',
  to: 'Đến ngày',
  dateInvalid: 'Ngày không hợp lệ: “{text}” (viết theo dạng {pattern}).',
  bodyKinds: 'Loại cơ quan',
  levels: 'Cấp',
  apply: 'Áp dụng',
  clear: 'Bỏ lọc',
  positions: 'Chức vụ',
  meetingsChaired: 'Chủ trì ({n})',
  meetingsAttended: 'Tham dự ({n})',
  colleagues: 'Thường gặp cùng',
  sharedMeetings: '{n} cuộc họp chung',
  meetingsCount: '{n} cuộc họp',
  chairs: 'Chủ trì',
  attendees: 'Tham dự',
  directives: 'Văn bản được nhắc',
  meetings: 'Cuộc họp',
  issuedBy: 'Ban hành',
  nobody: 'không ghi tên',
  noPositions: 'Các bài viết chưa nêu chức vụ nào của người này.',
  bodiesWithoutHolders: 'Cơ quan chưa rõ người giữ chức:',
  pathFrom: 'Từ người',
  pathTo: 'Đến người',
  pathMaxHops: 'Số bước tối đa',
  pathFind: 'Tìm đường',
  pathPick: 'Chọn cả hai người từ danh sách gợi ý.',
  pathNone: 'Không có chuỗi nối nào trong {n} bước.',
  pathFound: 'Chuỗi {n} bước:',
  showPath: 'Xem trên đồ thị',
  stepAttended: '{person} dự {meeting}.',
  stepChaired: '{person} chủ trì {meeting}.',
  stepRole: '{person} có mặt tại {meeting} ({role}).',
  stepHolds: '{person} giữ chức trong {body}.',
  stepTookPart: '{body} tham gia {meeting}.',
  stepOther: '{a} — {relation} — {b}.',
  exportView: 'Xuất phần đang xem',
  exportProvince: 'Xuất toàn tỉnh',
  exporting: 'Đang chuẩn bị tệp…',
  exported: 'Đã tải {file}.',
  csvTenures: 'CSV chức vụ',
  csvMeetings: 'CSV tham dự họp',
  gexfDynamic: 'GEXF theo thời gian',
  csvPanel: 'CSV người – năm – chức vụ',
  csvCoattendance: 'CSV cùng dự họp theo năm',
  legendPerson: 'Người',
  legendBody: 'Cơ quan',
  legendMeeting: 'Cuộc họp',
  legendCommunities: 'Màu: nhóm người hay họp cùng nhau (Louvain), {n} nhóm',
  personOf: 'Người · {province}',
  unknownDate: 'không rõ ngày',
  yearUnknown: 'không rõ năm',
  copyLink: 'Sao chép liên kết',
  linkCopied: 'Đã sao chép liên kết.',
  copyByHand: 'Sao chép liên kết này:',
  closePanel: 'Đóng',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  zoomReset: 'Xem toàn bộ',
  networkLabel: 'Mạng lưới',
  viewMode: 'Hiển thị',
  modePeople: 'Người họp cùng nhau',
  modeMeetings: 'Người – cuộc họp',
  modeAll: 'Người, cơ quan, cuộc họp',
  timeUntil: 'Mạng lưới tính đến',
  allDates: 'mọi thời điểm',
  play: 'Phát theo thời gian',
  pause: 'Dừng',
  noDates: 'Các cuộc họp ở đây chưa có ngày.',
  egoShow: 'Mạng lưới quanh người này:',
  egoDepth: '{n} bước',
  egoTitle: 'Quanh {name}, {n} bước',
  egoMissing: 'Người này không có trong mạng lưới đang xem.',
  egoClose: 'Cả mạng lưới',
  tabWatch: 'Theo dõi',
  follow: 'Theo dõi',
  following: 'Đang theo dõi',
  unfollow: 'Bỏ theo dõi',
  watchPerson: 'Người',
  watchBody: 'Cơ quan',
  watchProvince: 'Tỉnh/thành',
  watchEmpty: 'Bạn chưa theo dõi ai. Bấm “☆ Theo dõi” ở một người, một cơ quan hoặc một tỉnh để thấy ở đây những gì thay đổi giữa các lần bạn xem.',
  changesSince: 'Thay đổi kể từ lần xem trước ({date}):',
  noChanges: 'Không có gì mới.',
  changeNewTitle: 'Chức vụ mới',
  changeEndedTitle: 'Thôi giữ chức',
  changeNewMeeting: 'Cuộc họp mới',
  markSeen: 'Đánh dấu đã xem',
  atomFeed: 'Nguồn tin Atom',
  feedOf: 'Thay đổi ở {place} (Atom)',
  careerTimeline: 'Quá trình công tác',
  timelineHint: 'Chọn một thanh hoặc một mốc để xem nguồn.',
  timelineLabel: 'Các chức vụ theo thời gian',
  startDeclared: 'từ {date} (theo quyết định)',
  startFirstSeen: 'thấy lần đầu {date}',
  endDeclared: 'đến {date} (theo quyết định)',
  endLastSeen: 'thấy lần cuối {date}',
  endSuccessor: 'thôi muộn nhất {date} (đã có người kế nhiệm)',
  endFormer: 'thôi muộn nhất {date} (được gọi là “nguyên”)',
  seenOnce: 'chỉ thấy trong bài viết ngày {date}',
  stillHolding: 'chưa có tin thôi giữ chức',
  stateHolding: 'Đang giữ chức',
  stateUnknown: 'Không có tin từ {date}',
  stateUnknownUndated: 'Không có tin gần đây',
  stateEnded: 'Đã thôi',
  stateNotStarted: 'Chưa nhận chức',
  stateConflict: 'Nguồn mâu thuẫn: người khác cũng giữ chức này',
  acting: 'Quyền',
  legendDeclared: 'Mốc theo quyết định',
  legendObserved: 'Mốc chỉ thấy qua bài viết',
  legendSuccessor: 'Thôi vì có người kế nhiệm',
  legendFormerTitle: 'Được gọi là “nguyên”',
  legendEvent: 'Quyết định nhân sự',
  decisionNumber: 'Quyết định {number}',
  decidedBy: 'Cơ quan quyết định:',
  eventsUndated: 'Quyết định chưa rõ ngày:',
  asOfLabel: 'Tình trạng tính đến',
  asOfToday: 'Hôm nay',
  asOfShow: 'Xem',
  tenure: 'Nhiệm kỳ',
  stateOn: 'Tình trạng ({date})',
  stateToday: 'Tình trạng (hôm nay)',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
} satisfies Record<string, Entry>;

export type LabelKey = keyof typeof vi;

const en: Record<LabelKey, Entry> = {
  province: 'Province',
  district: 'District',
  allDistricts: 'Whole province',
  tabLeadership: 'Leadership',
  tabMeetings: 'Meetings',
  tabPath: 'Path finder',
  searchPlaceholder: 'Search people, bodies, meetings… (e.g. le hong quang)',
  searchNothing: 'Nothing found for “{text}”.',
  loading: 'Loading…',
  loadingNetwork: 'Loading the network… {received}',
  buildingNetwork: 'Building the network ({nodes} nodes, {edges} edges)…',
  layingOut: 'Laying out: {percent}%',
  apiFailed: 'The server could not answer: {message}',
  apiUnreachable: 'Cannot reach the server (/graphql). Check that `cadregraph serve` is running.',
  retry: 'Retry',
  noProvinces: 'The graph is empty. Run `cadregraph ingest seeds`, then reload.',
  noBodies: 'No body of {place} in the graph yet.',
  noMeetings: 'No meeting in the chosen period.',
  notFound: 'This item is not in the graph.',
  emptyNetwork: 'The network is empty with these filters.',
  truncated: { one: 'Large network: showing the most connected node.', other: 'Large network: showing the {n} most connected nodes.' },
  networkSummary: '{nodes} nodes · {edges} edges',
  title: 'Title',
  person: 'Person',
  status: 'Status',
  seen: 'Seen (first – last)',
  sources: 'Sources',
  sourcesCount: 'Sources ({n})',
  quote: 'Quote',
  noLink: 'no link',
  from: 'From',
  to: 'To',
  dateInvalid: 'Not a date: “{text}” (write it as {pattern}).',
  bodyKinds: 'Body kind',
  levels: 'Level',
  apply: 'Apply',
  clear: 'Clear',
  positions: 'Positions',
  meetingsChaired: 'Chaired ({n})',
  meetingsAttended: 'Attended ({n})',
  colleagues: 'Met most often',
  sharedMeetings: { one: '{n} shared meeting', other: '{n} shared meetings' },
  meetingsCount: { one: '{n} meeting', other: '{n} meetings' },
  chairs: 'Chaired by',
  attendees: 'Attendees',
  directives: 'Documents referred to',
  meetings: 'Meetings',
  issuedBy: 'Issued by',
  nobody: 'nobody named',
  noPositions: 'The articles name no position of this person.',
  bodiesWithoutHolders: 'Bodies with no known title holder:',
  pathFrom: 'From',
  pathTo: 'To',
  pathMaxHops: 'Max steps',
  pathFind: 'Find path',
  pathPick: 'Pick both people from the suggestions.',
  pathNone: { one: 'No chain within {n} step.', other: 'No chain within {n} steps.' },
  pathFound: { one: 'A chain of {n} step:', other: 'A chain of {n} steps:' },
  showPath: 'Show on the graph',
  stepAttended: '{person} attended {meeting}.',
  stepChaired: '{person} chaired {meeting}.',
  stepRole: '{person} was at {meeting} ({role}).',
  stepHolds: '{person} holds a title in {body}.',
  stepTookPart: '{body} took part in {meeting}.',
  stepOther: '{a} — {relation} — {b}.',
  exportView: 'Export what is shown',
  exportProvince: 'Export the whole province',
  exporting: 'Preparing the file…',
  exported: 'Downloaded {file}.',
  csvTenures: 'CSV tenures',
  csvMeetings: 'CSV meeting participation',
  gexfDynamic: 'GEXF over time',
  csvPanel: 'CSV person-year-post panel',
  csvCoattendance: 'CSV co-attendance by year',
  legendPerson: 'Person',
  legendBody: 'Body',
  legendMeeting: 'Meeting',
  legendCommunities: { one: 'Colours: people who often meet together (Louvain), {n} group', other: 'Colours: people who often meet together (Louvain), {n} groups' },
  personOf: 'Person · {province}',
  unknownDate: 'date unknown',
  yearUnknown: 'year unknown',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyByHand: 'Copy this link:',
  closePanel: 'Close',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show everything',
  networkLabel: 'Network',
  viewMode: 'Show',
  modePeople: 'People who met',
  modeMeetings: 'People and meetings',
  modeAll: 'People, bodies, meetings',
  timeUntil: 'Network as of',
  allDates: 'all dates',
  play: 'Play through time',
  pause: 'Pause',
  noDates: 'The meetings here have no dates yet.',
  egoShow: 'Network around this person:',
  egoDepth: { one: '{n} step', other: '{n} steps' },
  egoTitle: { one: 'Around {name}, {n} step', other: 'Around {name}, {n} steps' },
  egoMissing: 'This person is not in the network shown.',
  egoClose: 'Whole network',
  tabWatch: 'Watchlist',
  follow: 'Follow',
  following: 'Following',
  unfollow: 'Unfollow',
  watchPerson: 'Person',
  watchBody: 'Body',
  watchProvince: 'Province',
  watchEmpty: 'You follow nobody yet. Press “☆ Follow” on a person, a body or a province to see here what changes between your visits.',
  changesSince: 'Changes since your last visit ({date}):',
  noChanges: 'Nothing new.',
  changeNewTitle: 'New title',
  changeEndedTitle: 'Title ended',
  changeNewMeeting: 'New meeting',
  markSeen: 'Mark as seen',
  atomFeed: 'Atom feed',
  feedOf: 'Changes in {place} (Atom)',
  careerTimeline: 'Career',
  timelineHint: 'Pick a bar or a marker to see its sources.',
  timelineLabel: 'Posts over time',
  startDeclared: 'from {date} (declared)',
  startFirstSeen: 'first seen {date}',
  endDeclared: 'until {date} (declared)',
  endLastSeen: 'last seen {date}',
  endSuccessor: 'ended by {date} (a successor is cited)',
  endFormer: 'ended by {date} (called “former”)',
  seenOnce: 'seen only in an article of {date}',
  stillHolding: 'no news of an end',
  stateHolding: 'Holding',
  stateUnknown: 'No news since {date}',
  stateUnknownUndated: 'No recent news',
  stateEnded: 'Ended',
  stateNotStarted: 'Not started',
  stateConflict: 'Sources conflict: someone else holds this post too',
  acting: 'Acting',
  legendDeclared: 'Date declared by a decision',
  legendObserved: 'Date only seen in articles',
  legendSuccessor: 'Ended: a successor is cited',
  legendFormerTitle: 'Called “former”',
  legendEvent: 'Personnel decision',
  decisionNumber: 'Decision {number}',
  decidedBy: 'Decided by:',
  eventsUndated: 'Undated decisions:',
  asOfLabel: 'State as of',
  asOfToday: 'Today',
  asOfShow: 'Show',
  tenure: 'Tenure',
  stateOn: 'State ({date})',
  stateToday: 'State (today)',
  langSwitch: 'Tiếng Việt',
  langSwitchLabel: 'Chuyển sang tiếng Việt',
};

const ENUMS: Record<Lang, Record<string, string>> = {
  vi: {
    PARTY_COMMITTEE: 'Cấp ủy Đảng', STANDING_COMMITTEE: 'Ban Thường vụ / Thường trực', BOARD: 'Ban, ủy ban của cấp ủy',
    PEOPLES_COUNCIL: 'Hội đồng nhân dân', PEOPLES_COMMITTEE: 'Ủy ban nhân dân', FRONT: 'Mặt trận Tổ quốc',
    MASS_ORGANIZATION: 'Tổ chức chính trị - xã hội', STATE_BODY: 'Cơ quan nhà nước',
    CENTRAL: 'Trung ương', PROVINCE: 'Tỉnh', DISTRICT: 'Huyện', COMMUNE: 'Xã',
    CURRENT: 'Đương nhiệm', FORMER: 'Nguyên', ACTING: 'Quyền',
    CHAIRED: 'chủ trì', ATTENDED: 'dự', SPOKE: 'phát biểu', REPORTED: 'báo cáo', CONCLUDED: 'kết luận', DIRECTED: 'chỉ đạo',
    HOLDS: 'giữ chức', IN: 'thuộc', MET: 'họp cùng', TOOK_PART: 'tham gia',
    PERSON: 'Người', ORGANIZATION: 'Cơ quan', MEETING: 'Cuộc họp', DIRECTIVE: 'Văn bản', POSITION: 'Chức danh',
    morning: 'sáng', afternoon: 'chiều', evening: 'tối',
    APPOINTED: 'Bổ nhiệm', ELECTED: 'Bầu', ASSIGNED: 'Phân công', TRANSFERRED: 'Điều động', DISMISSED: 'Miễn nhiệm', RETIRED: 'Nghỉ hưu',
  },
  en: {
    PARTY_COMMITTEE: 'Party committee', STANDING_COMMITTEE: 'Standing committee', BOARD: 'Party board',
    PEOPLES_COUNCIL: "People's council", PEOPLES_COMMITTEE: "People's committee", FRONT: 'Fatherland Front',
    MASS_ORGANIZATION: 'Mass organization', STATE_BODY: 'State body',
    CENTRAL: 'Central', PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune',
    CURRENT: 'Current', FORMER: 'Former', ACTING: 'Acting',
    CHAIRED: 'chaired', ATTENDED: 'attended', SPOKE: 'spoke', REPORTED: 'reported', CONCLUDED: 'concluded', DIRECTED: 'directed',
    HOLDS: 'holds a title in', IN: 'is part of', MET: 'met', TOOK_PART: 'took part in',
    PERSON: 'Person', ORGANIZATION: 'Body', MEETING: 'Meeting', DIRECTIVE: 'Document', POSITION: 'Title',
    morning: 'morning', afternoon: 'afternoon', evening: 'evening',
    APPOINTED: 'Appointed', ELECTED: 'Elected', ASSIGNED: 'Assigned', TRANSFERRED: 'Transferred', DISMISSED: 'Dismissed', RETIRED: 'Retired',
  },
};

const DICTS: Record<Lang, Record<LabelKey, Entry>> = { vi, en };
/** en-GB by default: day before month, as in Vietnamese; an English-speaking reader's own region wins. */
const LOCALES: Record<Lang, () => string> = {
  vi: () => 'vi-VN',
  en: () => (typeof navigator !== 'undefined' && navigator.languages?.find((l) => /^en-/i.test(l))) || 'en-GB',
};
const STORAGE_KEY = 'cadregraph.lang';

/**
 * Every text the page itself writes, per language, for the test that English mode shows no
 * Vietnamese UI string. Placeholders ({name}) stand for data and are kept in the templates.
 */
export const UI_STRINGS: Record<Lang, string[]> = {
  vi: [...Object.values(DICTS.vi).flatMap(forms), ...Object.values(ENUMS.vi)],
  en: [...Object.values(DICTS.en).flatMap(forms), ...Object.values(ENUMS.en)],
};

function forms(entry: Entry): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry).filter((s): s is string => !!s);
}

let lang: Lang = readLang();
const listeners = new Set<() => void>();

function readLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const currentLang = () => lang;
export const locale = () => LOCALES[lang]();

export function setLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // A private window may refuse storage; the toggle still works for this visit.
  }
  document.documentElement.lang = next;
  for (const l of listeners) l();
}

export const onLangChange = (listener: () => void) => listeners.add(listener);

export const formatNumber = (n: number) => new Intl.NumberFormat(locale()).format(n);

/** A label; `n` (when given) picks the plural form and is written as a number of the language. */
export function t(key: LabelKey, params: Record<string, string | number> = {}): string {
  const entry = DICTS[lang][key];
  let text: string;
  if (typeof entry === 'string') text = entry;
  else {
    const category = typeof params.n === 'number' ? new Intl.PluralRules(locale()).select(params.n) : 'other';
    text = (category === 'one' ? entry.one : undefined) ?? entry.other;
  }
  return text.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return typeof v === 'number' ? formatNumber(v) : String(v ?? '');
  });
}

/** A schema enum or relation in the reader's language; unknown values are shown as they are. */
export const label = (value: string | null | undefined): string => (value ? ENUMS[lang][value] ?? value : '');

/** Fills every element marked data-i18n="key" (text) or data-i18n-label="key" (aria-label). */
export function applyStaticLabels(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as LabelKey);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as LabelKey));
  });
}
