/**
 * The order validation issues are listed in, and the capped list: the first issues in path order and
 * the counts of all.
 *
 * @packageDocumentation
 */

import { smallestSorted } from "../internal/arrays.js";
import { type IssueCounts, MAX_LISTED_ISSUES, type ValidationIssue } from "./errors.js";

/**
 * Issues in path order, numbers by value (`ties[2]` before `ties[10]`): the order every list of issues
 * is reported in.
 * @internal
 */
export function compareIssuePaths(a: ValidationIssue, b: ValidationIssue): number {
  return compareByIndex(a.path, b.path) || PATH_COLLATOR.compare(a.path, b.path);
}

/**
 * The collator's order of two paths that share their text up to a `[` and then hold different
 * indices (`ties[12].target`, `ties[9].source`): the smaller index first; else 0, and the collator
 * decides. Why: a million issues are compared about once each against the listed ones, and the
 * collator takes microseconds per comparison.
 */
function compareByIndex(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let start = i;
  while (start > 0 && isDigit(a.charCodeAt(start - 1))) start--;
  if (start === 0 || a.charCodeAt(start - 1) !== 0x5b) return 0;
  let endA = start;
  while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
  let endB = start;
  while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
  if (endA === start || endB === start || a.charCodeAt(endA) !== 0x5d || b.charCodeAt(endB) !== 0x5d)
    return 0;
  return Number(a.slice(start, endA)) - Number(b.slice(start, endB));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// One collator for every comparison: `localeCompare` with options builds one per call, 20 times slower.
const PATH_COLLATOR = new Intl.Collator("en", { numeric: true });

/**
 * A failed validation result from every issue found, in any order: the first
 * {@link MAX_LISTED_ISSUES} in path order, and the counts of all.
 * @internal
 */
export function cappedIssues(
  issues: Iterable<ValidationIssue>,
): { readonly ok: false; readonly issues: readonly ValidationIssue[] } & IssueCounts {
  let issueCount = 0;
  const issueCountsByCode = Object.create(null) as Record<string, number>;
  // Counted as they pass: a million issues from a generator are never all held at once.
  function* counted(): Generator<ValidationIssue> {
    for (const issue of issues) {
      issueCount++;
      issueCountsByCode[issue.code] = (issueCountsByCode[issue.code] ?? 0) + 1;
      yield issue;
    }
  }
  const listed = smallestSorted(counted(), MAX_LISTED_ISSUES, compareIssuePaths);
  return { ok: false, issues: listed, issueCount, issueCountsByCode };
}
