// A person's name keeps its letters: "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng" are two people, and
// so are Thủy and Thúy. Only what varies between spellings of one name is unified: Unicode form,
// case, spacing and the place of the tone mark ("Thuỷ" = "Thủy").
import { normalizeTonePlacement } from './tones';
import { memo } from './memo';

/** The key two mentions must share to be one person (remembered: every article asks it for every name). */
export const nameKey = memo((name: string): string =>
  normalizeTonePlacement(name.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/[“”"'.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);
