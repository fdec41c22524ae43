// A category name as typed, checked as the core's validate_category does.
import { LIMITS } from "../../../bindings";
import type { FieldProblem } from "../../../lib/validate";
import { checkRequired } from "../../../lib/validate";

export function checkCategoryName(name: string): FieldProblem | null {
  return checkRequired(name, LIMITS.categoryName);
}
