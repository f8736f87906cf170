// Names, titles and places recur in nearly every article, and folding them (Unicode
// normalization and regular expressions) was a third of the writer's time: the keys the
// store builds are remembered. The memory is bounded by starting afresh when it is full.
import { memo, slug as slugText } from '../text';

export const slug = memo(slugText);
/** Already remembered by src/text. */
export { fold, nameKey } from '../text';
