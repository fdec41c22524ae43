// The logo limits of the core (src-tauri/core/src/case/shop.rs), checked before upload so a
// wrong file is named at once; the core checks the image itself again.
import type { FieldProblem } from "./validate";

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_ACCEPT = "image/png,image/jpeg";

export function checkLogoFile(file: File | null): FieldProblem | null {
  if (!file) return null;
  if (file.size > LOGO_MAX_BYTES) return { code: "logo_too_large", limit: LOGO_MAX_BYTES };
  // Some systems give no MIME type; then the core's check of the bytes decides.
  if (file.type && file.type !== "image/png" && file.type !== "image/jpeg") return { code: "logo_unsupported" };
  return null;
}

export async function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  // Older engines (and jsdom in the unit tests) only have FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
