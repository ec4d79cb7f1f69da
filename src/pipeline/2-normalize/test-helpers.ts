import { MappedText } from "../../core/mapped-text.js";
import type { Step } from "./step.js";

/** Run one step over a plain string; the map is checked and removed spans are listed by reason. */
export function runStep(step: Step, input: string) {
  const r = step(MappedText.identity(input));
  r.text.checkInvariants();
  return { text: r.text.text, mapped: r.text, removed: r.removed.map((x) => `${x.reason}:${x.text}`) };
}
