/**
 * Numbers as the library's sentences show them, rounded in the message parameters so that every
 * locale writes the same digits (the locale only chooses the decimal sign and the grouping).
 *
 * @packageDocumentation
 */
import { type Message, message } from "./message.js";

/**
 * A share as the message `common.share.fine`: whole percentages from 1% (0.956 → `96%`), one decimal
 * below (0.004 → `0.4%`), and `<0.1%` for a positive share below 0.05%, so small shares stay visible.
 * @internal
 */
export function fineShare(share: number): Message {
  if (share >= 0.0095 || share <= 0)
    return message("common.share.fine", { share: Math.round(share * 100) / 100, tiny: false });
  const tenths = Math.round(share * 1000) / 1000;
  return message("common.share.fine", { share: tenths, tiny: tenths === 0 });
}

/**
 * `value` with at most `digits` decimals (3.10 → 3.1); a non-zero value that would round to 0 keeps two
 * significant digits (0.0016 → 0.0016), as a number for a message parameter. @internal
 */
export function fineNumber(value: number, digits = 2): number {
  const rounded = Number(value.toFixed(digits));
  return rounded === 0 && value !== 0 ? Number(value.toPrecision(2)) : rounded === 0 ? 0 : rounded;
}
