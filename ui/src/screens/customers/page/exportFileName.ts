// The export's suggested file name: customer-<surname>.json, with characters that some
// file systems refuse (and path separators) replaced, so the save dialog accepts it as is.
export function exportFileName(surname: string): string {
  const safe = surname
    .trim()
    .replace(/[\s\\/:*?"<>|\u0000-\u001f]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `customer-${safe || "export"}.json`;
}
