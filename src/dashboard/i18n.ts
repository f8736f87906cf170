// Labels are data: one dictionary per language, Vietnamese by default. Names, titles and body
// names come from the graph and are never translated.

export type Lang = 'vi' | 'en';

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
  emptyNetwork: 'Mạng lưới trống với bộ lọc này.',
  truncated: 'Mạng lưới lớn: chỉ hiện {nodes} nút được kết nối nhiều nhất.',
  networkSummary: '{nodes} nút · {edges} cạnh',
  title: 'Chức danh',
  person: 'Người',
  status: 'Tình trạng',
  firstSeen: 'Thấy lần đầu',
  lastSeen: 'Thấy lần cuối',
  seen: 'Thấy (đầu – cuối)',
  sources: 'Nguồn',
  noLink: 'không có liên kết',
  from: 'Từ ngày',
  to: 'Đến ngày',
  bodyKinds: 'Loại cơ quan',
  levels: 'Cấp',
  apply: 'Áp dụng',
  clear: 'Bỏ lọc',
  positions: 'Chức vụ',
  meetingsChaired: 'Chủ trì',
  meetingsAttended: 'Tham dự',
  colleagues: 'Thường gặp cùng',
  sharedMeetings: '{n} cuộc họp chung',
  chairs: 'Chủ trì',
  attendees: 'Tham dự',
  directives: 'Văn bản được nhắc',
  bodies: 'Cơ quan',
  meetings: 'Cuộc họp',
  issuedBy: 'Ban hành',
  none: 'Không có',
  pathFrom: 'Từ người',
  pathTo: 'Đến người',
  pathMaxHops: 'Số bước tối đa',
  pathFind: 'Tìm đường',
  pathPick: 'Chọn cả hai người từ danh sách gợi ý.',
  pathNone: 'Không có chuỗi nối nào trong {hops} bước.',
  pathFound: 'Chuỗi {n} bước:',
  exportView: 'Xuất phần đang xem',
  exportProvince: 'Xuất toàn tỉnh',
  exporting: 'Đang chuẩn bị tệp…',
  exported: 'Đã tải {file}.',
  csvTenures: 'CSV chức vụ',
  csvMeetings: 'CSV tham dự họp',
  legendPerson: 'Người',
  legendBody: 'Cơ quan',
  legendMeeting: 'Cuộc họp',
  openPanel: 'Mở',
  current: 'Hiện tại',
  former: 'Trước đây',
  personOf: 'Người · {province}',
  unknownDate: 'không rõ ngày',
  showPath: 'Xem trên đồ thị',
};

export type LabelKey = keyof typeof vi;

const en: Record<LabelKey, string> = {
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
  emptyNetwork: 'The network is empty with these filters.',
  truncated: 'Large network: showing the {nodes} most connected nodes.',
  networkSummary: '{nodes} nodes · {edges} edges',
  title: 'Title',
  person: 'Person',
  status: 'Status',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  seen: 'Seen (first – last)',
  sources: 'Sources',
  noLink: 'no link',
  from: 'From',
  to: 'To',
  bodyKinds: 'Body kind',
  levels: 'Level',
  apply: 'Apply',
  clear: 'Clear',
  positions: 'Positions',
  meetingsChaired: 'Chaired',
  meetingsAttended: 'Attended',
  colleagues: 'Met most often',
  sharedMeetings: '{n} shared meetings',
  chairs: 'Chaired by',
  attendees: 'Attendees',
  directives: 'Documents referred to',
  bodies: 'Bodies',
  meetings: 'Meetings',
  issuedBy: 'Issued by',
  none: 'None',
  pathFrom: 'From',
  pathTo: 'To',
  pathMaxHops: 'Max steps',
  pathFind: 'Find path',
  pathPick: 'Pick both people from the suggestions.',
  pathNone: 'No chain within {hops} steps.',
  pathFound: 'A chain of {n} steps:',
  exportView: 'Export what is shown',
  exportProvince: 'Export the whole province',
  exporting: 'Preparing the file…',
  exported: 'Downloaded {file}.',
  csvTenures: 'CSV tenures',
  csvMeetings: 'CSV meeting participation',
  legendPerson: 'Person',
  legendBody: 'Body',
  legendMeeting: 'Meeting',
  openPanel: 'Open',
  current: 'Current',
  former: 'Former',
  personOf: 'Person · {province}',
  unknownDate: 'date unknown',
  showPath: 'Show on the graph',
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
  },
};

const DICTS: Record<Lang, Record<LabelKey, string>> = { vi, en };
const STORAGE_KEY = 'cadregraph.lang';

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

export function t(key: LabelKey, params: Record<string, string | number> = {}): string {
  return DICTS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** A schema enum or relation in the reader's language; unknown values are shown as they are. */
export const label = (value: string | null | undefined): string => (value ? ENUMS[lang][value] ?? value : '');

/** Fills every element marked data-i18n="key" (the static parts of index.html). */
export function applyStaticLabels(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as LabelKey);
  });
}
